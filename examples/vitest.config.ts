import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each test starts Node processes (transpile, import, run): seconds apiece when CI's two cores
    // also run every other package's tests. A limit, not a measurement.
    testTimeout: 60_000,
  },
});
