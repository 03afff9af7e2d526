import { http, HttpResponse, type HttpHandler, type RequestHandlerOptions } from 'msw';
import type { OvhApi, OvhMethod } from '../api/ovh-api.js';
import { applyPrefixRule } from '../endpoints/apply-prefix-rule.js';
import type { OvhEndpointName } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { nextQueryId } from './next-query-id.js';
import { createOvhErrorResponse } from './ovh-error-response.js';
import type { OvhHandlerOperations, OvhHandlers, OvhResolver } from './ovh-msw-types.js';

export interface OvhHandlersOptions {
  /** Endpoint name (default `ovh-eu`) or base URL (`http://127.0.0.1:8080/1.0`): the same value as the client's. */
  endpoint?: OvhEndpointName | (string & {});
}

/** The msw URL pattern of an API path under a base URL: prefix rule, then `{name}` → `:name`. */
export function ovhMswUrl(baseUrl: string, path: string): string {
  return applyPrefixRule(baseUrl, path).replace(/\{([^{}/]+)\}/g, ':$1');
}

/**
 * Typed msw request handlers for an OVH API descriptor (or a list of them, like the client's `apis`):
 *
 * ```ts
 * const ovh = createOvhHandlers(me);
 * server.use(
 *   ovh.get('/me', () => ({ nichandle: 'xx1234-ovh', firstname: 'Ada' })),
 *   ovh.get('/me/bill/{billId}', ({ params }) => bills[params.billId] ?? createOvhErrorResponse(404, { message: 'Not found' })),
 * );
 * ```
 *
 * Paths, path params, request bodies and results are typed from the descriptor. v1 paths are served
 * under the endpoint's `/1.0`, `/v2/…` paths at the host root (the client's prefix rule).
 */
export function createOvhHandlers<const A extends OvhApi | readonly OvhApi[]>(apis: A, options: OvhHandlersOptions = {}): OvhHandlers<OvhHandlerOperations<A>> {
  void apis; // types only: the runtime needs no part of the descriptor
  const { baseUrl } = resolveEndpoint(options.endpoint ?? 'ovh-eu');
  const handler =
    (method: OvhMethod) =>
    (path: string, resolver: OvhResolver<unknown>, handlerOptions?: RequestHandlerOptions): HttpHandler =>
      http[method](
        ovhMswUrl(baseUrl, path),
        async ({ request, params }) => {
          let body: unknown;
          if (method !== 'get') {
            const text = await request.clone().text();
            if (text.trim() !== '') {
              try {
                body = JSON.parse(text) as unknown;
              } catch {
                return createOvhErrorResponse(400, { class: 'Client::BadRequest', message: 'Invalid JSON received' });
              }
            }
          }
          const result = await resolver({ params: params as Record<string, string>, query: new URL(request.url).searchParams, body, request });
          if (result instanceof Response) return result;
          return HttpResponse.json(result ?? null, { headers: { 'X-Ovh-QueryID': nextQueryId() } });
        },
        handlerOptions,
      );

  const handlers = {
    baseUrl,
    url: (path: string) => ovhMswUrl(baseUrl, path),
    get: handler('get'),
    post: handler('post'),
    put: handler('put'),
    delete: handler('delete'),
  };
  return handlers as unknown as OvhHandlers<OvhHandlerOperations<A>>;
}
