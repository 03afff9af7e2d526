// Types generated managers are written with. Each takes the client's operation map (method → path →
// operation) as `P`, so a client whose operations were narrowed (e.g. to a pinned microversion) gets
// narrowed managers too.

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | '2XX';

/** The operation at `path` + `method` of an operation map; `never` if it has no such operation. */
export type OperationAt<P, Path extends string, Method extends string> = Method extends keyof P ? (Path extends keyof P[Method] ? P[Method][Path] : never) : never;

/** An operation's query parameters. */
export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Q : never;

/** An operation's request body: its JSON one, else the one of its other media type (a binary upload, a JSON patch). */
export type RequestBodyOf<O> = O extends { requestBody?: { content: infer Content } } ? ('application/json' extends keyof Content ? Content['application/json'] : Content[keyof Content]) : never;

/** An operation's JSON success body (`void` when it has none, e.g. 204). */
export type ResponseDataOf<O> = VoidIfNever<O extends { responses: infer R } ? JsonContent<R[Extract<keyof R, SuccessStatus>]> : never>;

/** A success body with its envelope key stripped: `{ server: S }` → `S` (each union member). */
export type ResultOf<O, Envelope extends string | undefined = undefined> = Envelope extends string ? Unwrap<ResponseDataOf<O>, Envelope> : ResponseDataOf<O>;

/** The element type of the array under `Items` in a list operation's success body. */
export type ListItemOf<O, Items extends string> = ItemsIn<ResponseDataOf<O>, Items>;

/** The arguments of an OpenStack action: `reboot` → the value under `reboot` in the action body union. */
export type ActionArgsOf<O, Action extends string> = ActionArgs<RequestBodyOf<O>, Action>;

/** What `find()` accepts: any subset of an item's attributes. */
export type FilterOf<Item> = Item extends object ? { [K in keyof Item]?: Item[K] } : Record<string, unknown>;

/**
 * `find` and `findAll` of a manager whose `list()` (the `GET` at `Path` of `P`, items under `Items`) takes
 * no path parameters. One generic interface rather than two methods written out per manager: a package
 * has about a hundred managers, and TypeScript keeps every node and parameter symbol of a declaration
 * file in memory. It takes the list's coordinates, not its item type, so that completing a manager's
 * methods does not resolve the item.
 */
export interface Finders<P, Path extends string, Items extends string> {
  /**
   * Lists every page (as `list()` does) and returns the one item whose attributes equal `filter`, like novaclient's `find(**kwargs)`.
   * @throws NoMatchError (a NotFoundError) when none matches; NoUniqueMatchError when several do.
   */
  find(filter: FilterOf<ListItemAt<P, Path, Items>>): Promise<ListItemAt<P, Path, Items>>;
  /** Every item of `list()` (every page) whose attributes equal `filter`. */
  findAll(filter: FilterOf<ListItemAt<P, Path, Items>>): Promise<ListItemAt<P, Path, Items>[]>;
}

// The same, for the operation at `Path` + `Method` of `P`: what generated managers are written with,
// one reference where `QueryOf<OperationAt<P, Path, Method>>` is two (a package declares over a
// thousand of them, and TypeScript keeps every node of a declaration file in memory).
/** `QueryOf` the operation at `Path` + `Method`. */
export type QueryAt<P, Path extends string, Method extends string> = QueryOf<OperationAt<P, Path, Method>>;
/** `RequestBodyOf` the operation at `Path` + `Method`. */
export type RequestBodyAt<P, Path extends string, Method extends string> = RequestBodyOf<OperationAt<P, Path, Method>>;
/** `ResponseDataOf` the operation at `Path` + `Method`. */
export type ResponseDataAt<P, Path extends string, Method extends string> = ResponseDataOf<OperationAt<P, Path, Method>>;
/** `ResultOf` the operation at `Path` + `Method`. */
export type ResultAt<P, Path extends string, Method extends string, Envelope extends string | undefined = undefined> = ResultOf<OperationAt<P, Path, Method>, Envelope>;
/** `ListItemOf` the list operation (`GET`) at `Path`. */
export type ListItemAt<P, Path extends string, Items extends string> = ListItemOf<OperationAt<P, Path, 'get'>, Items>;
/** `ActionArgsOf` the action operation (`POST`) at `Path`. */
export type ActionArgsAt<P, Path extends string, Action extends string> = ActionArgsOf<OperationAt<P, Path, 'post'>, Action>;

type JsonContent<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type VoidIfNever<T> = [T] extends [never] ? void : T;
// Envelopes and item lists are found among the declared keys, not by matching `{ [P in K]: … }`:
// specs often declare the envelope optional (`network?: {…}`), which a required-key pattern does not
// match, while an optional-key pattern matches every object. Index signatures are not declared keys
// (`{ [key: string]: unknown }` has no envelope). The runtime returns `data[K]` when present.
type DeclaredKeys<T> = keyof { [P in keyof T as string extends P ? never : number extends P ? never : P]: unknown };
type Unwrap<T, K extends string> = T extends unknown ? (K extends DeclaredKeys<T> ? Exclude<T[K & keyof T], undefined> : T) : never;
type ItemsIn<T, K extends string> = T extends unknown ? (K extends DeclaredKeys<T> ? ArrayElement<Exclude<T[K & keyof T], undefined>> : never) : never;
type ArrayElement<A> = A extends readonly (infer I)[] ? I : never;
type ActionArgs<B, K extends string> = B extends { [P in K]: infer A } ? A : never;
