// Several API modules re-exported from one file, as an application's own `apis.ts` might. This
// compiles only while no two of them export the same name (TS2308 otherwise); it is a test file so
// that the type check of `pnpm test` reports that error here.
import { describe, expectTypeOf, it } from 'vitest';
import type * as together from './apis-exported-together.test-d.js';

export * from '../src/generated/apis/me.js';
export * from '../src/generated/apis/us/me.js';
export * from '../src/generated/apis/dedicated/server.js';
export * from '../src/generated/apis/kimsufi-eu/dedicated/server.js';

describe('API modules re-exported together with export *', () => {
  it('keep every name: <Api>Components, <Api>Paths, <Api>Operations, <api>, the endpoint appended', () => {
    expectTypeOf<together.MeComponents['schemas']['nichandle.Nichandle']['nichandle']>().toEqualTypeOf<string>();
    expectTypeOf<together.MeUsComponents['schemas']['nichandle.Nichandle']['nichandle']>().toEqualTypeOf<string>();
    expectTypeOf<keyof together.MePaths>().toEqualTypeOf<keyof together.MeOperations['get'] | keyof together.MeOperations['post'] | keyof together.MeOperations['put'] | keyof together.MeOperations['delete']>();
    expectTypeOf<together.DedicatedServerPaths['/dedicated/server']['get']>().not.toBeNever();
    expectTypeOf<together.DedicatedServerKimsufiEuPaths['/dedicated/server']['get']>().not.toBeNever();
    expectTypeOf<(typeof together.me)['name']>().toEqualTypeOf<string>();
    expectTypeOf<typeof together.meUs>().not.toEqualTypeOf<typeof together.me>();
  });
});
