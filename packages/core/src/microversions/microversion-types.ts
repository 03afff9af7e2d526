// Type-level microversion selection for generated OpenStack packages (types only, no runtime).
//
// The generator rewrites each versioned `oneOf` of a spec into `Microversioned<Entry | Entry | …>`,
// one `MicroversionLimited<From, UpTo, Variant>` entry per variant, where `From` is the union of every
// version from the variant's `min-ver` on and `UpTo` every version up to its `max-ver` (both
// precomputed, generated ladders), so picking a variant is two union-membership checks: no type-level
// arithmetic.

declare const microversionVariants: unique symbol;

/**
 * `Item` in the versions both in `From` (every version from its first on) and in `UpTo` (every version
 * up to its last). An interface rather than a tuple: TypeScript instantiates all of `Array`'s members
 * for each tuple it relates or indexes, which for the hundreds of ranges a compute call touches held
 * megabytes of type-check memory; and rather than an object literal, which costs a symbol per member
 * in every declaration.
 */
export interface MicroversionLimited<From, UpTo, Item = unknown> {
  readonly from: From;
  readonly upTo: UpTo;
  readonly item: Item;
}

/**
 * A `oneOf` whose variants are selected by microversion: `MicroversionLimited<From, UpTo, Variant>` entries. Unresolved
 * it is still the union of every variant (the marker property is optional and never present), so raw
 * `components`/`operations` and tools that read them (msw handlers) keep working.
 */
export type Microversioned<Entries extends MicroversionLimited<unknown, unknown>> = Entries['item'] & { readonly [microversionVariants]?: Entries };

/** The variant(s) of `T` valid at version `V`; `T` itself when it is not versioned. */
export type SelectMicroversion<T, V> = [T] extends [{ readonly [microversionVariants]?: infer Entries }] ? (unknown extends Entries ? T : VariantAt<Entries, V>) : T;

type VariantAt<Entries, V> = Entries extends MicroversionLimited<infer From, infer UpTo, infer Variant> ? ([V] extends [From] ? ([V] extends [UpTo] ? Variant : never) : never) : never;

/** The range of an operation whose `x-openstack` limits the versions it exists in. */
export type OperationMicroversions = { readonly [path: string]: { readonly [method: string]: MicroversionLimited<unknown, unknown> } };

/**
 * The ranges of the request bodies and responses (by status) whose own `x-openstack` limits the
 * versions they exist in: Placement's provider create answers 201 up to 1.19 and 200 from 1.20.
 */
export type OperationPartMicroversions = {
  readonly [path: string]: { readonly [method: string]: { readonly requestBody?: MicroversionLimited<unknown, unknown>; readonly responses?: { readonly [status: string | number]: MicroversionLimited<unknown, unknown> } } };
};

// `Range` (a `MicroversionLimited`) covers `V`.
type InRange<Range, V> = Range extends MicroversionLimited<infer From, infer UpTo, unknown> ? ([V] extends [From] ? ([V] extends [UpTo] ? true : false) : false) : true;

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

// `{}` when `Table` has no entry for `Key`: nothing in it is limited.
type EntryOf<Table, Key> = Key extends keyof Table ? Table[Key] : {};

type ContentAt<Content, V> = { [Media in keyof Content]: SelectMicroversion<Content[Media], V> };
type BodyAt<Body, V> = { [Field in keyof Body]: Field extends 'content' ? ContentAt<Body[Field], V> : Body[Field] };
type ResponsesAt<Responses, V> = { [Status in keyof Responses]: BodyAt<Responses[Status], V> };

/** One operation at version `V`: request body and responses resolved at their top. */
export type OperationAtMicroversion<Operation, V> = {
  // `requestBody?: never` must stay `never` (not `undefined`): openapi-fetch reads it to make `body` optional.
  [Key in keyof Operation]: Key extends 'requestBody' ? BodyAt<Exclude<Operation[Key], undefined>, V> : Key extends 'responses' ? ResponsesAt<Operation[Key], V> : Operation[Key];
};

// An operation with version-limited parts (`Parts`: `{ requestBody?: Range; responses?: { [status]: Range } }`):
// those out of range at `V` are gone. Out of its range a request body is `never`, which openapi-fetch
// reads as "no body", as it reads `requestBody?: never`.
type OperationWithPartsAt<Operation, Parts, V> = {
  [Key in keyof Operation]: Key extends 'requestBody'
    ? Parts extends { requestBody: infer Range }
      ? InRange<Range, V> extends true ? BodyAt<Exclude<Operation[Key], undefined>, V> : never
      : BodyAt<Exclude<Operation[Key], undefined>, V>
    : Key extends 'responses'
      ? Parts extends { responses: infer Ranges } ? LimitedResponsesAt<Operation[Key], Ranges, V> : ResponsesAt<Operation[Key], V>
      : Operation[Key];
};
type LimitedResponsesAt<Responses, Ranges, V> = {
  [Status in keyof Responses as Status extends keyof Ranges ? (InRange<Ranges[Status], V> extends true ? Status : never) : Status]: BodyAt<Responses[Status], V>;
};

type PathItemAt<Item, Ranges, V> = {
  [Method in keyof Item as Method extends keyof Ranges ? (InRange<Ranges[Method], V> extends true ? Method : never) : Method]: Method extends HttpMethod
    ? OperationAtMicroversion<Item[Method], V>
    : Item[Method];
};

type PathItemWithPartsAt<Item, Ranges, Parts, V> = {
  [Method in keyof Item as Method extends keyof Ranges ? (InRange<Ranges[Method], V> extends true ? Method : never) : Method]: Method extends HttpMethod
    ? Method extends keyof Parts
      ? OperationWithPartsAt<Item[Method], Parts[Method], V>
      : OperationAtMicroversion<Item[Method], V>
    : Item[Method];
};

/**
 * openapi-typescript `paths` as seen at version `V`: operations, request bodies and responses whose
 * range excludes `V` are gone, request bodies and responses are the single variant valid at `V`.
 * Lazy: only the paths a program touches are resolved.
 */
export type PathsAtMicroversion<Paths, Ranges, V, Parts = {}> = {
  // Only paths with version-limited operations pay for the key filter, only those with limited parts for that.
  [Path in keyof Paths]: Path extends keyof Parts
    ? PathItemWithPartsAt<Paths[Path], EntryOf<Ranges, Path>, Parts[Path], V>
    : Path extends keyof Ranges
      ? PathItemAt<Paths[Path], Ranges[Path], V>
      : PathItemResolved<Paths[Path], V>;
};

type PathItemResolved<Item, V> = { [Method in keyof Item]: Method extends HttpMethod ? OperationAtMicroversion<Item[Method], V> : Item[Method] };

// An operation's version-limited parts (`{}` when none): `Parts[Path][Method]`.
type PartsOf<Parts, Path, Method> = Path extends keyof Parts ? (Method extends keyof Parts[Path] ? Parts[Path][Method] : {}) : {};

type ResolvedAt<Operation, Parts, V> = {} extends Parts ? OperationAtMicroversion<Operation, V> : OperationWithPartsAt<Operation, Parts, V>;

// One method's operations at `V`: every one of `Always`, and those of `Limited` whose range covers `V`.
type MethodOperationsAt<Always, Limited, Method, V, Parts> = { [Path in keyof Always]: ResolvedAt<Always[Path], PartsOf<Parts, Path, Method>, V> } & {
  [Path in keyof Limited as InRange<Limited[Path], V> extends true ? Path : never]: Limited[Path] extends MicroversionLimited<unknown, unknown, infer Operation> ? ResolvedAt<Operation, PartsOf<Parts, Path, Method>, V> : never;
};

/**
 * A client's operation map (method → path → operation) at version `V`: the operations of `Always`
 * (those in every version) and of `Limited` (`MicroversionLimited<From, UpTo, Operation>`) whose range covers `V`, request
 * bodies and responses resolved at `V` (`Parts`: the version-limited ones, path → method → ranges).
 * IDE speed: a method's paths are the keys of `Always` plus a filter over `Limited` only, and an
 * operation is resolved only when a call uses it.
 */
export type OperationsAtMicroversion<Always, Limited, V, Parts = {}> = {
  [Method in keyof Always | keyof Limited]: MethodOperationsAt<EntryOf<Always, Method>, EntryOf<Limited, Method>, Method, V, Parts>;
};

/**
 * Every operation of `Always` and of `Limited` (`MicroversionLimited<From, UpTo, Operation>`) as one operation map,
 * whatever the version, request bodies and responses unresolved: what a spec's full `paths` holds.
 */
export type OperationsInAnyMicroversion<Always, Limited> = {
  [Method in keyof Always | keyof Limited]: EntryOf<Always, Method> & { [Path in keyof EntryOf<Limited, Method>]: EntryOf<Limited, Method>[Path] extends MicroversionLimited<unknown, unknown, infer Operation> ? Operation : never };
};
