import type { OperationsShape, OvhApi, OvhMethod } from './ovh-api.js';

// Type helpers over openapi-typescript's operation objects. IDE speed matters: the path union is a
// plain `keyof` of one per-method map per API, and the heavier helpers only ever look at the one
// operation being called. Nothing here maps over all paths.

/** Union of the operation maps of some APIs (distributes over the small union of APIs). */
export type OperationsOf<Apis extends readonly OvhApi[]> = NonNullable<Apis[number]['__operations']>;

/** Paths that have an operation for this method, in any of the APIs. */
export type PathsOf<Ops, M extends OvhMethod> = Ops extends { readonly [K in M]?: infer Map } ? keyof Map & string : never;

/**
 * The operation object for a method and path. Deliberately not distributive over P: should P ever be
 * a union of many paths, a distributive form would build params for thousands of operations
 * ("union type that is too complex").
 */
export type OperationAt<Ops, M extends OvhMethod, P> = Ops extends { readonly [K in M]?: infer Map } ? Map[P & keyof Map] : never;

// `query?: never` and absent parts contribute nothing. The `[Op] extends [...]` forms below are
// non-distributive for the same reason as OperationAt.
type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : Exclude<T, undefined>;

type ParameterPart<Op, In extends 'path' | 'query' | 'header'> = [Op] extends [{ parameters: infer P }]
  ? [P] extends [{ [K in In]?: infer V }]
    ? Present<V>
    : {}
  : {};

// Only object bodies can be spread into flat params; others (arrays, maps of primitives…) go in options.body.
type ObjectBody<B> = [B] extends [never] ? {} : B extends readonly unknown[] ? {} : B extends object ? B : {};
type JsonBody<RB> = [RB] extends [{ content: { 'application/json': infer B } }] ? B : never;
type BodyPart<Op> = [Op] extends [{ requestBody: infer RB }]
  ? ObjectBody<JsonBody<RB>>
  : [Op] extends [{ requestBody?: infer RB }]
    ? Partial<ObjectBody<JsonBody<NonNullable<RB>>>>
    : {};

// Flattened for readable hovers; only ever applied to the one operation being called.
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type AllParams<Op> = Simplify<ParameterPart<Op, 'path'> & ParameterPart<Op, 'query'> & ParameterPart<Op, 'header'> & BodyPart<Op>>;

/** An operation that takes no parameters: only `{}` (or nothing) is accepted. */
export type NoParams = { readonly [name: string]: never };

/**
 * The flat params of an operation: path params & query & header & JSON body properties, as
 * python-ovh / node-ovh take them. Untyped (`unknown`) operations accept any record.
 */
export type FlatParams<Op> = unknown extends Op ? Record<string, unknown> : keyof AllParams<Op> extends never ? NoParams : AllParams<Op>;

type JsonContent<R> = [R] extends [{ content: { 'application/json': infer B } }] ? B : void;

/** What a call resolves to: the 200/201 `application/json` content, or void (204, `void` responses). */
export type ResultOf<Op> = unknown extends Op
  ? unknown
  : [Op] extends [{ responses: infer R }]
    ? 200 extends keyof R
      ? JsonContent<R[200]>
      : 201 extends keyof R
        ? JsonContent<R[201]>
        : void
    : unknown;

/** Whether the operation maps are precise enough to type calls (not the wide default shape). */
export type IsTyped<Ops> = [Ops] extends [never] ? false : OperationsShape extends Ops ? false : true;

/** The openapi-typescript `paths` of an API, for openapi-fetch. */
export type PathsOfApi<Api extends OvhApi> = NonNullable<Api['__paths']>;
