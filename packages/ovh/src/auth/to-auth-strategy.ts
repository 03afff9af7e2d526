import type { AuthStrategy } from '@stratus/core';
import { readFetchResponse, toFetchResponse } from '@stratus/core/internal';
import type { OvhAuthHook } from './ovh-auth-hook.js';

/**
 * The core AuthStrategy form of an OVH auth hook, for pipelines built on `createTransport` (the OVH
 * client itself calls the hook directly, without Request/Response objects).
 */
export function toAuthStrategy<T>(authenticate: () => Promise<T>, hook: OvhAuthHook): AuthStrategy<T> {
  return Object.assign(authenticate, {
    hook: async (request: Request, next: (request: Request) => Promise<Response>): Promise<Response> => {
      const body = request.body === null ? undefined : await request.text();
      const response = await hook(
        { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body, signal: request.signal },
        async (outgoing) => readFetchResponse(await next(new Request(outgoing.url, outgoing))),
        true,
      );
      return toFetchResponse(response);
    },
  });
}
