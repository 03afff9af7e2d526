import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          // Each run starts without the bodies earlier runs recorded.
          globalSetup: ['test/real/body-check/clear-recordings.setup.ts'],
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
