import { defineConfig } from 'vitest/config';
import { vitestLimits } from '../../test-support/vitest-limits.js';

export default defineConfig({
  test: {
    ...vitestLimits,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // msw patches globalThis.fetch per file; keep files isolated from each other.
    isolate: true,
    // Type tests (test/*.test-d.ts, and expectTypeOf / @ts-expect-error in the runtime tests) are checked by tsc in the same run.
    typecheck: { enabled: true, include: ['test/**/*.test.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
