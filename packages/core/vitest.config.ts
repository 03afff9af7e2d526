import { defineConfig } from 'vitest/config';
import { vitestLimits } from '../../test-support/vitest-limits.js';

export default defineConfig({
  test: {
    ...vitestLimits,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // msw patches globalThis.fetch per file; keep files isolated from each other.
    isolate: true,
    // Type assertions (expectTypeOf, @ts-expect-error) in the tests are checked by tsc in the same run.
    typecheck: { enabled: true, include: ['test/**/*.test.ts'], tsconfig: './tsconfig.json' },
  },
});
