import { expectTypeOf, it } from 'vitest';
import type { Pager } from '../src/managers/pager.js';
import type { OperationsOfPaths } from '../src/client/service-client.js';
import type { ActionArgsAt, ActionArgsOf, FilterOf, ListItemAt, ListItemOf, OperationAt, QueryAt, QueryOf, RequestBodyAt, RequestBodyOf, ResponseDataAt, ResponseDataOf, ResultAt, ResultOf } from '../src/managers/manager-types.js';

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
  type List = OperationAt<OperationsOfPaths<Paths>, '/flavors/detail', 'get'>;
  expectTypeOf<QueryOf<List>>().toEqualTypeOf<{ limit?: number; marker?: string }>();
  expectTypeOf<ListItemOf<List, 'flavors'>>().toEqualTypeOf<{ id: string; ram: number } | { id: string; ram: number; description: string | null }>();
  expectTypeOf<{ ram: 512 }>().toExtend<FilterOf<ListItemOf<List, 'flavors'>>>();
  expectTypeOf<ResultOf<OperationAt<OperationsOfPaths<Paths>, '/servers/{id}', 'get'>, 'server'>>().toEqualTypeOf<{ v: 1 } | { v: 2 }>();
  expectTypeOf<ResponseDataOf<OperationAt<OperationsOfPaths<Paths>, '/servers/{id}', 'delete'>>>().toEqualTypeOf<void>();
  type Action = OperationAt<OperationsOfPaths<Paths>, '/servers/{id}/action', 'post'>;
  expectTypeOf<ActionArgsOf<Action, 'reboot'>>().toEqualTypeOf<{ type: 'HARD' | 'SOFT' }>();
  expectTypeOf<RequestBodyOf<Action>>().toEqualTypeOf<{ reboot: { type: 'HARD' | 'SOFT' } } | { 'os-start': unknown }>();
  expectTypeOf<Pager<number>>().toExtend<AsyncIterable<number>>();
});

it('has the same types at a path (what generated managers are written with) as of the operation there', () => {
  type Ops = OperationsOfPaths<Paths>;
  expectTypeOf<QueryAt<Ops, '/flavors/detail', 'get'>>().toEqualTypeOf<{ limit?: number; marker?: string }>();
  expectTypeOf<ListItemAt<Ops, '/flavors/detail', 'flavors'>>().toEqualTypeOf<{ id: string; ram: number } | { id: string; ram: number; description: string | null }>();
  expectTypeOf<ResultAt<Ops, '/servers/{id}', 'get', 'server'>>().toEqualTypeOf<{ v: 1 } | { v: 2 }>();
  expectTypeOf<ResponseDataAt<Ops, '/servers/{id}', 'delete'>>().toEqualTypeOf<void>();
  expectTypeOf<ActionArgsAt<Ops, '/servers/{id}/action', 'reboot'>>().toEqualTypeOf<{ type: 'HARD' | 'SOFT' }>();
  expectTypeOf<RequestBodyAt<Ops, '/servers/{id}/action', 'post'>>().toEqualTypeOf<{ reboot: { type: 'HARD' | 'SOFT' } } | { 'os-start': unknown }>();
});

it('gives never for an operation the paths type does not have (e.g. narrowed away)', () => {
  expectTypeOf<OperationAt<OperationsOfPaths<Paths>, '/servers/{id}', 'put'>>().toBeNever();
  expectTypeOf<OperationAt<OperationsOfPaths<Paths>, '/nope', 'get'>>().toBeNever();
});

it('strips an optional envelope key (`network?: {…}`) and lists under an optional items key', () => {
  interface Optional {
    '/networks': {
      get: { parameters: { query?: { limit?: number } }; responses: { 200: Json<{ networks?: { id?: string; mtu?: number }[]; networks_links?: unknown[] }> } };
      post: { parameters: {}; requestBody: { content: { 'application/json': { network?: { name?: string } } } }; responses: { 201: Json<{ network?: { id?: string; mtu?: number } }> } };
    };
    '/ports/{id}': {
      get: { parameters: { path: { id: string } }; responses: { 200: Json<{ port?: { id: string } | null }> } };
    };
    '/other': {
      get: { parameters: {}; responses: { 200: Json<{ id: string }> } };
    };
    '/loose': {
      get: { parameters: {}; responses: { 200: Json<{ [key: string]: unknown }> } };
    };
  }
  expectTypeOf<ResultOf<OperationAt<OperationsOfPaths<Optional>, '/networks', 'post'>, 'network'>>().toEqualTypeOf<{ id?: string; mtu?: number }>();
  expectTypeOf<ResultOf<OperationAt<OperationsOfPaths<Optional>, '/ports/{id}', 'get'>, 'port'>>().toEqualTypeOf<{ id: string } | null>();
  expectTypeOf<ListItemOf<OperationAt<OperationsOfPaths<Optional>, '/networks', 'get'>, 'networks'>>().toEqualTypeOf<{ id?: string; mtu?: number }>();
  // A body without the envelope key is returned whole (as the runtime does).
  expectTypeOf<ResultOf<OperationAt<OperationsOfPaths<Optional>, '/other', 'get'>, 'network'>>().toEqualTypeOf<{ id: string }>();
  expectTypeOf<ListItemOf<OperationAt<OperationsOfPaths<Optional>, '/other', 'get'>, 'networks'>>().toBeNever();
  // An index signature is no envelope.
  expectTypeOf<ResultOf<OperationAt<OperationsOfPaths<Optional>, '/loose', 'get'>, 'network'>>().toEqualTypeOf<{ [key: string]: unknown }>();
});

it('takes the request body of a non-JSON media type (binary upload, JSON patch)', () => {
  interface Media {
    '/images/{id}': {
      patch: { parameters: { path: { id: string } }; requestBody?: { content: { 'application/openstack-images-v2.1-json-patch': { op: 'remove'; path: string }[] } }; responses: { 200: Json<{ id: string }> } };
      put: { parameters: { path: { id: string } }; requestBody: { content: { 'application/json': { a: 1 }; 'application/xml': string } }; responses: { 200: Json<{ id: string }> } };
    };
    '/images/{id}/stage': {
      put: { parameters: { path: { id: string } }; requestBody?: { content: { 'application/octet-stream': Blob | string } }; responses: { 204: { headers: Record<string, unknown>; content?: never } } };
    };
  }
  expectTypeOf<RequestBodyOf<OperationAt<OperationsOfPaths<Media>, '/images/{id}', 'patch'>>>().toEqualTypeOf<{ op: 'remove'; path: string }[]>();
  expectTypeOf<RequestBodyOf<OperationAt<OperationsOfPaths<Media>, '/images/{id}/stage', 'put'>>>().toEqualTypeOf<Blob | string>();
  // JSON wins when an operation takes both.
  expectTypeOf<RequestBodyOf<OperationAt<OperationsOfPaths<Media>, '/images/{id}', 'put'>>>().toEqualTypeOf<{ a: 1 }>();
});
