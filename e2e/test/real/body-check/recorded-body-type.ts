// Type-level lookup of the response type a recorded body is checked against. The body check writes
// `const bN: RecordedBodyType<Operations, Path, Method, Status, IsError> = <body>;` for every recorded body,
// where `Operations` is the operation map the package's client is typed from (`OperationsAt<V>`, or
// `OperationsByMethod` without microversions), so a body that does not fit the type a `GET`/`POST`/…
// call returns is a compile error in that line.

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
export type RecordedBodyType<Operations, Path extends string, Method extends string, Status extends number, IsError extends boolean> = Method extends keyof Operations
  ? Path extends keyof Operations[Method]
    ? BodyOfOperation<Operations[Method][Path], Status, IsError>
    : NoResponseType<`${Method} ${Path} not declared (at this microversion)`>
  : NoResponseType<`no ${Method} operation declared`>;

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
