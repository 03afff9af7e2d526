// The OVH client's HTTP messages are core's pipeline messages; the OVH names stay for the public types.
import type { HttpRequest, HttpResponse, HttpResponseHeaders, SendHttp } from '@stratus/core';
import type { HttpFetch, HttpFetchAnswer, HttpFetchInit } from '@stratus/core/internal';

export type OvhResponseHeaders = HttpResponseHeaders;
export type OvhHttpRequest = HttpRequest;
export type OvhHttpResponse = HttpResponse;
export type SendOvhHttp = SendHttp;
export type OvhFetchInit = HttpFetchInit;
export type OvhFetchAnswer = HttpFetchAnswer;
/**
 * The `fetch` option: the global fetch, a polyfill, `createNodeFetch()` from `@stratus/ovh/node`, or
 * anything else accepting `(url, { method, headers, body, signal })` and answering with status,
 * headers and `text()`.
 */
export type OvhFetch = HttpFetch;
