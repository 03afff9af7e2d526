import { defineConfig } from 'vitest/config';
import { vitestLimits } from '../test-support/vitest-limits.js';

export default defineConfig({
  test: {
    ...vitestLimits,
    include: ['test/**/*.test.ts'],
  },
});
