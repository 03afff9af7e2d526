import { describe, expectTypeOf, it } from 'vitest';
import type { MicroversionLimited, Microversioned, OperationsAtMicroversion, PathsAtMicroversion, SelectMicroversion } from '../src/microversions/microversion-types.js';

// A three-version ladder as the generator emits it.
interface From { '1.0': '1.0' | From['1.1']; '1.1': '1.1' | From['1.2']; '1.2': '1.2' }
interface UpTo { '1.0': '1.0'; '1.1': '1.1' | UpTo['1.0']; '1.2': '1.2' | UpTo['1.1'] }

interface Old { name: string }
interface New { name: string; tags: string[] }
type Show = Microversioned<MicroversionLimited<From['1.0'], UpTo['1.1'], Old> | MicroversionLimited<From['1.2'], UpTo['1.2'], New>>;

interface Paths {
  '/things/{id}': {
    parameters: { path: { id: string } };
    get: { parameters: { path: { id: string } }; requestBody?: never; responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Show } } } };
    put?: never;
    delete: { parameters: {}; responses: { 204: { content?: never } } };
  };
  '/providers': {
    post: {
      parameters: {};
      requestBody?: { content: { 'application/json': { name: string } } };
      responses: { 200: { content: { 'application/json': Show } }; 201: { content?: never }; default: { content: { 'application/json': { message: string } } } };
    };
  };
}
interface Ranges { '/things/{id}': { delete: MicroversionLimited<From['1.0'], UpTo['1.0']> } }
// Placement's provider create: 201 without a body up to 1.1, 200 with one from 1.2; a request body up to 1.1.
interface Parts { '/providers': { post: { requestBody: MicroversionLimited<From['1.0'], UpTo['1.1']>; responses: { 200: MicroversionLimited<From['1.2'], UpTo['1.2']>; 201: MicroversionLimited<From['1.0'], UpTo['1.1']> } } } }
type CreateAt<V> = PathsAtMicroversion<Paths, Ranges, V, Parts>['/providers']['post'];

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

  it('drop request bodies and responses out of their range, resolving the rest', () => {
    expectTypeOf<keyof CreateAt<'1.1'>['responses']>().toEqualTypeOf<201 | 'default'>();
    expectTypeOf<keyof CreateAt<'1.2'>['responses']>().toEqualTypeOf<200 | 'default'>();
    expectTypeOf<CreateAt<'1.2'>['responses'][200]['content']['application/json']>().toEqualTypeOf<New>();
    expectTypeOf<CreateAt<'1.1'>['responses'][201]>().toEqualTypeOf<{ content?: never }>();
    expectTypeOf<NonNullable<CreateAt<'1.1'>['requestBody']>['content']['application/json']>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<NonNullable<CreateAt<'1.2'>['requestBody']>>().toBeNever();
    // Without the parts table every response stays.
    expectTypeOf<keyof PathsAtMicroversion<Paths, Ranges, '1.1'>['/providers']['post']['responses']>().toEqualTypeOf<200 | 201 | 'default'>();
  });

  it('give the same operations by method, keeping version-limited ones only in their range', () => {
    // The generated maps of `Paths`: operations in every version, and `MicroversionLimited<From, UpTo, Operation>` for the others.
    interface Always { get: { '/things/{id}': Paths['/things/{id}']['get'] }; post: { '/providers': Paths['/providers']['post'] } }
    interface Limited { delete: { '/things/{id}': MicroversionLimited<From['1.0'], UpTo['1.0'], Paths['/things/{id}']['delete']> } }
    type OperationsAt<V> = OperationsAtMicroversion<Always, Limited, V, Parts>;
    expectTypeOf<OperationsAt<'1.1'>['get']['/things/{id}']>().toEqualTypeOf<PathsAtMicroversion<Paths, Ranges, '1.1'>['/things/{id}']['get']>();
    expectTypeOf<OperationsAt<'1.2'>['get']['/things/{id}']['responses'][200]['content']['application/json']>().toEqualTypeOf<New>();
    expectTypeOf<OperationsAt<'1.1'>['post']['/providers']>().toEqualTypeOf<CreateAt<'1.1'>>();
    expectTypeOf<keyof OperationsAt<'1.2'>['post']['/providers']['responses']>().toEqualTypeOf<200 | 'default'>();
    expectTypeOf<keyof OperationsAt<'1.0'>['delete']>().toEqualTypeOf<'/things/{id}'>();
    expectTypeOf<keyof OperationsAt<'1.1'>['delete']>().toBeNever();
    expectTypeOf<OperationsAt<'1.0'>['delete']['/things/{id}']>().toEqualTypeOf<PathsAtMicroversion<Paths, Ranges, '1.0'>['/things/{id}']['delete']>();
  });
});
