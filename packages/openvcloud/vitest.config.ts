import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // msw patches globalThis.fetch per file; keep files isolated from each other.
    isolate: true,
    // Type assertions (expectTypeOf, @ts-expect-error) in the tests are checked by tsc in the same run.
    typecheck: { enabled: true, include: ['test/**/*.test.ts'], tsconfig: './tsconfig.json' },
  },
});
