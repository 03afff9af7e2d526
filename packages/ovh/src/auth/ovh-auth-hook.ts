import type { OvhHttpRequest, OvhHttpResponse, SendOvhHttp } from '../transport/ovh-http.js';

/**
 * How the OVH client authenticates one attempt: decorate (sign) the request and send it, possibly
 * a second time (after a clock resync, a token renewal). `needAuth` false: an operation marked
 * `noAuthentication`, sent without credentials.
 */
export type OvhAuthHook = (request: OvhHttpRequest, send: SendOvhHttp, needAuth: boolean) => Promise<OvhHttpResponse>;
