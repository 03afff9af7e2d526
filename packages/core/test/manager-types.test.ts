import { expectTypeOf, it } from 'vitest';
import type { Pager } from '../src/managers/pager.js';
import type { ActionArgsOf, FilterOf, ListItemOf, OperationAt, QueryOf, RequestBodyOf, ResponseDataOf, ResultOf } from '../src/managers/manager-types.js';

type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
interface Paths {
  '/flavors/detail': {
    get: { parameters: { query?: { limit?: number; marker?: string } }; responses: { 200: Json<{ flavors: ({ id: string; ram: number } | { id: string; ram: number; description: string | null })[] }> } };
  };
  '/servers/{id}': {
    get: { parameters: { path: { id: string } }; responses: { 200: Json<{ server: { v: 1 } }> | Json<{ server: { v: 2 } }>; 404: Json<{ itemNotFound: unknown }> } };
    delete: { parameters: { path: { id: string } }; responses: { 204: { headers: Record<string, unknown>; content?: never } } };
  };
  '/servers/{id}/action': {
    post: {
      parameters: { path: { id: string } };
      requestBody: { content: { 'application/json': { reboot: { type: 'HARD' | 'SOFT' } } | { 'os-start': unknown } } };
      responses: { 202: { headers: Record<string, unknown>; content?: never } };
    };
  };
}

it('derives queries, items, results and action arguments from a paths type', () => {
  type List = OperationAt<Paths, '/flavors/detail', 'get'>;
  expectTypeOf<QueryOf<List>>().toEqualTypeOf<{ limit?: number; marker?: string }>();
  expectTypeOf<ListItemOf<List, 'flavors'>>().toEqualTypeOf<{ id: string; ram: number } | { id: string; ram: number; description: string | null }>();
  expectTypeOf<{ ram: 512 }>().toExtend<FilterOf<ListItemOf<List, 'flavors'>>>();
  expectTypeOf<ResultOf<OperationAt<Paths, '/servers/{id}', 'get'>, 'server'>>().toEqualTypeOf<{ v: 1 } | { v: 2 }>();
  expectTypeOf<ResponseDataOf<OperationAt<Paths, '/servers/{id}', 'delete'>>>().toEqualTypeOf<void>();
  type Action = OperationAt<Paths, '/servers/{id}/action', 'post'>;
  expectTypeOf<ActionArgsOf<Action, 'reboot'>>().toEqualTypeOf<{ type: 'HARD' | 'SOFT' }>();
  expectTypeOf<RequestBodyOf<Action>>().toEqualTypeOf<{ reboot: { type: 'HARD' | 'SOFT' } } | { 'os-start': unknown }>();
  expectTypeOf<Pager<number>>().toExtend<AsyncIterable<number>>();
});

it('gives never for an operation the paths type does not have (e.g. narrowed away)', () => {
  expectTypeOf<OperationAt<Paths, '/servers/{id}', 'put'>>().toBeNever();
  expectTypeOf<OperationAt<Paths, '/nope', 'get'>>().toBeNever();
});
