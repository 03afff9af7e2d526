import { describe, expectTypeOf, it } from 'vitest';
import type { Microversioned, PathsAtMicroversion, SelectMicroversion } from '../src/microversions/microversion-types.js';

// A three-version ladder as the generator emits it.
interface From { '1.0': '1.0' | From['1.1']; '1.1': '1.1' | From['1.2']; '1.2': '1.2' }
interface UpTo { '1.0': '1.0'; '1.1': '1.1' | UpTo['1.0']; '1.2': '1.2' | UpTo['1.1'] }

interface Old { name: string }
interface New { name: string; tags: string[] }
type Show = Microversioned<[From['1.0'], UpTo['1.1'], Old] | [From['1.2'], UpTo['1.2'], New]>;

interface Paths {
  '/things/{id}': {
    parameters: { path: { id: string } };
    get: { parameters: { path: { id: string } }; requestBody?: never; responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Show } } } };
    put?: never;
    delete: { parameters: {}; responses: { 204: { content?: never } } };
  };
}
interface Ranges { '/things/{id}': { delete: [From['1.0'], UpTo['1.0']] } }

type ShowAt<V> = PathsAtMicroversion<Paths, Ranges, V>['/things/{id}']['get']['responses'][200]['content']['application/json'];

describe('microversion types', () => {
  it('select the one variant valid at a version', () => {
    expectTypeOf<SelectMicroversion<Show, '1.0'>>().toEqualTypeOf<Old>();
    expectTypeOf<SelectMicroversion<Show, '1.2'>>().toEqualTypeOf<New>();
    expectTypeOf<SelectMicroversion<string, '1.2'>>().toEqualTypeOf<string>();
    expectTypeOf<SelectMicroversion<Old | undefined, '1.2'>>().toEqualTypeOf<Old | undefined>();
  });

  it('stay the union of every variant when not resolved', () => {
    expectTypeOf<Old>().toExtend<Show>();
    expectTypeOf<New>().toExtend<Show>();
    expectTypeOf<Show['name']>().toEqualTypeOf<string>();
  });

  it('resolve responses inside paths and drop operations out of range', () => {
    expectTypeOf<ShowAt<'1.1'>>().toEqualTypeOf<Old>();
    expectTypeOf<ShowAt<'1.2'>>().toEqualTypeOf<New>();
    expectTypeOf<keyof PathsAtMicroversion<Paths, Ranges, '1.0'>['/things/{id}']>().toEqualTypeOf<'parameters' | 'get' | 'put' | 'delete'>();
    expectTypeOf<keyof PathsAtMicroversion<Paths, Ranges, '1.1'>['/things/{id}']>().toEqualTypeOf<'parameters' | 'get' | 'put'>();
  });
});
