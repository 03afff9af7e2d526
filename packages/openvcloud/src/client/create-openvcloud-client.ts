import { createTransport, getParsedJson, type AuthStrategy, type FetchLike, type Transport, type UserAgentOptions } from '@stratus/core';
import { createItsYouOnlineAuth } from '../auth/create-itsyouonline-auth.js';
import { createLegacyLoginAuth } from '../auth/create-legacy-login-auth.js';
import { parseMaybeJson, readText, scrub } from '../auth/read-body.js';
import { createOpenvCloudApiError, OpenvCloudConfigError } from '../errors/openvcloud-errors.js';
import { cloudapi, type CloudapiOperations } from '../generated/apis/cloudapi.js';
import { cloudbroker, type CloudbrokerOperations } from '../generated/apis/cloudbroker.js';
import { createAppProxy, type AppTree, type CallOptions } from './api-tree.js';
import { normalizeOpenvCloudUrl } from './normalize-openvcloud-url.js';

interface CommonOptions {
  /** G8 portal URL, e.g. `https://g8.example.com` (`/restmachine` is added when missing). */
  url: string;
  fetch?: FetchLike;
  /** Per attempt. Default 60 s (core default). */
  timeoutMs?: number;
  /** Retries of retry-eligible failures. Calls are POSTs, so only network errors before sending are retried. */
  maxRetries?: number;
  userAgent?: UserAgentOptions;
}

/** ItsYou.online API key (application id + secret) → JWT. */
export interface ItsYouOnlineClientOptions extends CommonOptions {
  applicationId: string;
  secret: string;
  /** Default https://itsyou.online. */
  iyoUrl?: string;
}

/** Legacy username/password → session key. */
export interface LegacyLoginClientOptions extends CommonOptions {
  login: string;
  password: string;
}

/** Any auth strategy (e.g. `createItsYouOnlineAuth({ jwt })`). */
export interface CustomAuthClientOptions extends CommonOptions {
  auth: AuthStrategy;
}

export type OpenvCloudClientOptions = ItsYouOnlineClientOptions | LegacyLoginClientOptions | CustomAuthClientOptions;

export interface OpenvCloudClient {
  /** `https://<g8>/restmachine`. */
  readonly url: string;
  readonly auth: AuthStrategy;
  /** Typed trees: `api.cloudapi.machines.create({ … })`, `api.cloudbroker.account.create({ … })` (admin). */
  readonly api: {
    readonly cloudapi: AppTree<CloudapiOperations['post'], 'cloudapi'>;
    readonly cloudbroker: AppTree<CloudbrokerOperations['post'], 'cloudbroker'>;
  };
  /** Untyped escape hatch: `POST <url><path>` with `params` as JSON body, e.g. `call('/system/task/get', { taskguid })`. */
  call(path: `/${string}`, params?: unknown, options?: CallOptions): Promise<unknown>;
}

function authOf(options: OpenvCloudClientOptions): AuthStrategy {
  const given = options as Partial<ItsYouOnlineClientOptions & LegacyLoginClientOptions & CustomAuthClientOptions>;
  const kinds = [given.auth !== undefined, given.applicationId !== undefined || given.secret !== undefined, given.login !== undefined || given.password !== undefined].filter(Boolean).length;
  if (kinds > 1) throw new OpenvCloudConfigError('[@stratus/openvcloud] createOpenvCloudClient: pass one of auth, applicationId/secret or login/password');
  if (given.auth) return given.auth;
  const fetch = options.fetch ? { fetch: options.fetch } : {};
  if (given.login !== undefined || given.password !== undefined) return createLegacyLoginAuth({ url: options.url, login: given.login ?? '', password: given.password ?? '', ...fetch });
  if (given.applicationId !== undefined || given.secret !== undefined) {
    return createItsYouOnlineAuth({ applicationId: given.applicationId ?? '', secret: given.secret ?? '', ...(given.iyoUrl ? { iyoUrl: given.iyoUrl } : {}), ...fetch });
  }
  throw new OpenvCloudConfigError('[@stratus/openvcloud] createOpenvCloudClient: pass applicationId and secret (ItsYou.online), login and password, or auth');
}

/**
 * An OpenvCloud (G8) portal client. Every method is `POST <url>/restmachine/<app>/<actor>/<method>`
 * with a JSON body; the result is the JSON-decoded answer. Error statuses become core errors
 * (BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError,
 * PreconditionFailedError, SessionExpiredError, ServerError), redacted.
 */
export function createOpenvCloudClient(options: OpenvCloudClientOptions): OpenvCloudClient {
  if (typeof options?.url !== 'string' || options.url.trim() === '') throw new OpenvCloudConfigError('[@stratus/openvcloud] createOpenvCloudClient: url is missing');
  const url = normalizeOpenvCloudUrl(options.url);
  const auth = authOf(options);
  const base = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  };
  const authenticated: Transport = createTransport({ ...base, auth });
  const anonymous: Transport = createTransport(base);
  const given = options as Partial<ItsYouOnlineClientOptions & LegacyLoginClientOptions>;
  const secrets = [given.secret, given.password].filter((value): value is string => typeof value === 'string' && value !== '');
  const unauthenticated = new Set([...cloudapi.unauthenticated, ...cloudbroker.unauthenticated]);

  async function call(path: string, params?: unknown, callOptions?: CallOptions): Promise<unknown> {
    if (!path.startsWith('/')) throw new OpenvCloudConfigError(`[@stratus/openvcloud] call: path must start with "/", got ${JSON.stringify(path)}`);
    const target = `${url}${path}`;
    const transport = unauthenticated.has(`POST ${path}`) ? anonymous : authenticated;
    const response = await transport(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params ?? {}),
      ...(callOptions?.signal ? { signal: callOptions.signal } : {}),
    });
    if (!response.ok) throw createOpenvCloudApiError(response, parseMaybeJson(scrub(await readText(response), secrets)), 'POST', target);
    const parsed = getParsedJson(response);
    if (parsed) return parsed.value;
    return parseMaybeJson(await readText(response));
  }

  return {
    url,
    auth,
    api: {
      cloudapi: createAppProxy('cloudapi', call) as AppTree<CloudapiOperations['post'], 'cloudapi'>,
      cloudbroker: createAppProxy('cloudbroker', call) as AppTree<CloudbrokerOperations['post'], 'cloudbroker'>,
    },
    call: (path, params, callOptions) => call(path, params, callOptions),
  };
}
