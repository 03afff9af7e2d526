import type { HttpRequest, HttpResponse, SendHttp } from '@stratus/core';

/**
 * How the OVH client authenticates one attempt: decorate (sign) the request and send it, possibly
 * a second time (after a clock resync, a token renewal). `needAuth` false: an operation marked
 * `noAuthentication`, sent without credentials.
 */
export type OvhAuthHook = (request: HttpRequest, send: SendHttp, needAuth: boolean) => Promise<HttpResponse>;
