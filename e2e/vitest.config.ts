import { defineConfig } from 'vitest/config';
import { vitestLimits } from '../test-support/vitest-limits.js';

export default defineConfig({
  test: {
    ...vitestLimits,
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          // Type assertions (expectTypeOf, @ts-expect-error) in the tests are checked by tsc in the same run.
          typecheck: { enabled: true, include: ['test/**/*.test.ts'], tsconfig: './tsconfig.json' },
          // Each run records into its own folder, which the real-bodies project then checks.
          globalSetup: ['test/real/body-check/recordings-run.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'real-bodies',
          include: ['test/real/*.check.ts'],
          // After every `e2e` file: it reads the bodies they recorded.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
