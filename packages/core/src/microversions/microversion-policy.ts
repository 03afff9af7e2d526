import { apiErrorInitOf } from '../errors/api-error-init-of.js';
import { createApiError } from '../errors/create-api-error.js';
import { MicroversionNotSupportedError } from '../errors/microversion-errors.js';
import { StratusError } from '../errors/stratus-error.js';
import type { SendStreamingHttp, StreamingHttpRequest, StreamingHttpResponse } from '../pipeline/http-message.js';
import type { HttpPolicy } from '../pipeline/http-policy.js';
import { toFetchResponse } from '../pipeline/to-fetch-response.js';
import { withHeaders } from '../pipeline/with-headers.js';
import { compareMicroversions, isWithin, parseMicroversion } from './compare-microversions.js';
import type { MicroversionFacts, MicroversionRange } from './microversion-facts.js';
import { chooseMicroversion } from './choose-microversion.js';
import { parseVersionDocument } from './parse-version-document.js';

export interface MicroversionPolicyOptions {
  /** The service's headers and the versions its spec describes (a generated package's `service.microversion`). */
  facts: MicroversionFacts;
  /** Pinned version. Absent: with `negotiate` the newest both sides support, else the newest the spec describes. */
  version?: string | undefined;
  /**
   * Before the first request, GET the version document once (through the rest of the pipeline, so
   * with auth) and check the pinned version against the server's range, or clamp an unpinned one.
   * A document without microversions (or a 404) means the endpoint has none: a pinned version is
   * sent as is, an unpinned client sends no header. Any other failure fails the calls waiting for
   * it, and the next call reads the document again. Default false (`createServiceClient` turns it
   * on for unpinned clients).
   */
  negotiate?: boolean | undefined;
  /** The version document, e.g. `https://nova.example.com/v2.1/`. Required with `negotiate`. */
  discoveryUrl?: string | undefined;
}

/**
 * Sends the service's microversion header(s) on every attempt (`OpenStack-API-Version: compute 2.79`,
 * `X-OpenStack-Nova-API-Version: 2.79`, …) and turns a 406 into a MicroversionNotSupportedError that
 * names the version sent and, when known, the server's range. The `microversion` policy: place it after `retry`, before `auth`.
 */
export function microversionPolicy(options: MicroversionPolicyOptions): HttpPolicy<StreamingHttpRequest, StreamingHttpResponse> {
  const { facts, version: pinned, negotiate = false, discoveryUrl } = options;
  const where = `[@stratus/core] microversionPolicy(${facts.service})`;
  if (pinned !== undefined && (!parseMicroversion(pinned) || !isWithin(pinned, facts))) {
    throw new StratusError(`${where}: microversion "${pinned}" is not one this SDK describes (${facts.min} to ${facts.max}); pin a version in that range`);
  }
  if (negotiate && !discoveryUrl) throw new StratusError(`${where}: "negotiate" needs the "discoveryUrl" of the service's version document`);

  let serverRange: MicroversionRange | undefined;
  // Single-flight: concurrent first calls share one discovery; a failed discovery is retried by the next call.
  // `undefined` once settled: send no microversion header.
  let chosen: Promise<string | undefined> | undefined = negotiate ? undefined : Promise.resolve(pinned ?? facts.max);

  const discover = async (next: SendStreamingHttp): Promise<string | undefined> => {
    const answer = await next({ method: 'GET', url: discoveryUrl!, headers: { accept: 'application/json' } });
    const response = toFetchResponse(answer);
    // 300 Multiple Choices is how several services answer an unversioned root with their versions list.
    const isDocument = response.ok || response.status === 300;
    let body = answer.json?.value;
    if (body === undefined && isDocument) body = await response.json().catch(() => undefined);
    else if (body === undefined) body = await response.text().catch(() => '');
    else await response.body?.cancel().catch(() => {});
    if (!isDocument && response.status !== 404) {
      throw createApiError({ response, body, method: 'GET', url: discoveryUrl! });
    }
    serverRange = isDocument ? parseVersionDocument(body, response.headers) : undefined;
    return chooseMicroversion({ facts, pinned, serverRange });
  };

  const send = async (request: StreamingHttpRequest, next: SendStreamingHttp): Promise<StreamingHttpResponse> => {
    if (!chosen) {
      chosen = discover(next);
      chosen.catch(() => (chosen = undefined));
    }
    const version = await chosen;
    if (version === undefined) return next(request);
    const headers: Record<string, string> = {};
    for (const header of facts.headers) {
      if (header.since && compareMicroversions(version, header.since) < 0) continue;
      headers[header.name.toLowerCase()] = header.serviceName ? `${header.serviceName} ${version}` : version;
    }
    const response = await next(withHeaders(request, headers));
    if (response.status !== 406) return response;
    const rejected = toFetchResponse(response);
    throw await notAcceptable(rejected, request, { service: facts.service, requested: version, serverRange: serverRange ?? parseVersionDocument(undefined, rejected.headers) });
  };
  return { name: 'microversion', send };
}

async function notAcceptable(response: Response, request: StreamingHttpRequest, problem: { service: string; requested: string; serverRange: MicroversionRange | undefined }): Promise<MicroversionNotSupportedError> {
  const text = await response.text().catch(() => '');
  const base = createApiError({ response, body: text, method: request.method, url: request.url });
  return new MicroversionNotSupportedError({ ...apiErrorInitOf(base), headers: response.headers, ...problem });
}
