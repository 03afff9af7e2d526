// Type-level lookup of the response type a recorded body is checked against. The body check writes
// `const bN: RecordedBodyType<Paths, Path, Method, Status, IsError> = <body>;` for every recorded body, so a
// body that does not fit its operation's type is a compile error in that line.

/** What tsc shows instead of a response type when the operation has none for this body. */
export interface NoResponseType<Reason extends string, Declared = never> {
  readonly 'no response type': Reason;
  readonly declaredStatuses: Declared;
}

/**
 * The JSON body type declared for `Status` of `Method Path`, or a {@link NoResponseType} saying why
 * there is none. An undeclared error status (`IsError`) takes the operation's `default` response:
 * openapi-fetch reads `default` as the errors, never as `data`.
 */
export type RecordedBodyType<Paths, Path extends string, Method extends string, Status extends number, IsError extends boolean> = Path extends keyof Paths
  ? BodyOfOperation<OperationOf<Paths[Path], Method>, Status, IsError>
  : NoResponseType<`path ${Path} not declared`>;

// `post?: never` reads as `undefined`; a method outside its microversion range is not a key at all.
type OperationOf<PathItem, Method> = Method extends keyof PathItem ? Exclude<PathItem[Method], undefined> : never;

type BodyOfOperation<Operation, Status extends number, IsError extends boolean> = [Operation] extends [never]
  ? NoResponseType<'method not declared for this path (at this microversion)'>
  : Operation extends { responses: infer Responses }
    ? Status extends keyof Responses
      ? JsonContentOr<Responses[Status], NoResponseType<`status ${Status} declares no JSON body`>>
      : IsError extends true
        ? 'default' extends keyof Responses
          ? JsonContentOr<Responses['default'], NoResponseType<`status ${Status} not declared; its default declares no JSON body`>>
          : NoResponseType<`status ${Status} not declared`, keyof Responses>
        : NoResponseType<`status ${Status} not declared`, keyof Responses>
    : NoResponseType<'operation declares no responses'>;

// `content?: never` (no body) does not match the required `content` below.
type JsonContentOr<Response, Otherwise> = Response extends { content: infer Content }
  ? 'application/json' extends keyof Content
    ? Content['application/json']
    : [JsonMediaOf<Content>] extends [never]
      ? Otherwise
      : Content[JsonMediaOf<Content>]
  : Otherwise;

type JsonMediaOf<Content> = Extract<keyof Content, `${string}json${string}`>;
