import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // msw patches globalThis.fetch per file; keep files isolated from each other.
    isolate: true,
  },
});
