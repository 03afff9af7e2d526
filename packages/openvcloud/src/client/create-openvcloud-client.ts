import type { AuthStrategy, BackoffOptions, FetchLike, RetryEvent, SendStreamingHttp, UserAgentOptions } from '@stratus/core';
import { createTransportPipeline } from '@stratus/core/internal';
import { createItsYouOnlineAuth } from '../auth/create-itsyouonline-auth.js';
import { createLegacyLoginAuth } from '../auth/create-legacy-login-auth.js';
import { isSuccess, parseMaybeJson, readText, scrub } from '../auth/read-body.js';
import { createOpenvCloudApiError } from '../errors/openvcloud-errors.js';
import { InvalidConfigurationError } from '@stratus/core';
import { cloudapi, type CloudapiOperations } from '../generated/apis/cloudapi.js';
import { cloudbroker, type CloudbrokerOperations } from '../generated/apis/cloudbroker.js';
import { waitForTask, type TaskPollingOptions } from '../async/wait-for-task.js';
import { OpenvCloudTaskError } from '../errors/openvcloud-task-errors.js';
import { accountGet, listAccounts, type AccountGetOptions } from '../resources/account-get.js';
import type { OpenvCloudAccount } from '../resources/openvcloud-account.js';
import type { OpenvCloudSchemas, ResourceContext } from '../resources/resource-context.js';
import { createAppProxy, type AppTree, type CallOptions } from './api-tree.js';
import { isReadMethod } from './is-read-method.js';
import { normalizeOpenvCloudUrl } from './normalize-openvcloud-url.js';

interface CommonOptions {
  /** G8 portal URL, e.g. `https://g8.example.com` (`/restmachine` is added when missing). */
  url: string;
  fetch?: FetchLike;
  /** Per attempt. Default 60 s (core default). */
  timeoutMs?: number;
  /**
   * Retries of a read (an actor method named `get`, `list`, `get…`, `list…` or `is…`, e.g.
   * `machines/list`, `system/task/get`) after a retryable status (408, 425, 429, 500, 502, 503, 504),
   * a connection failure or a timeout. Default 2; 0 disables. Other methods change state and are
   * sent once, whatever this says.
   */
  maxRetries?: number;
  /** Backoff between those retries, as for every Stratus client. Default base 500 ms, max 8000 ms, with jitter. */
  retryDelay?: BackoffOptions;
  /** Called before each retry (logging). */
  onRetry?: (event: RetryEvent) => void;
  userAgent?: UserAgentOptions;
  /** Defaults for `{ async: true }` calls: timeout (10 min) and backoff of the `system/task/get` polling. */
  taskPolling?: TaskPollingOptions;
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
  /**
   * Waits for a task started with `_async: true` (a guid) through `system/task/get`; resolves to its
   * result. `{ async: true }` on a call does this for you.
   */
  waitForTask(taskGuid: string, options?: TaskPollingOptions & { signal?: AbortSignal; path?: string }): Promise<unknown>;

  // The Jumpscale flow: client → account → space (VDC) → machine.
  /** `<username>@itsyouonline` from the JWT, or the legacy login name; undefined for an auth that cannot tell. */
  login(): Promise<string | undefined>;
  /** The G8's locations (`locations/list`, no auth needed). */
  locations(options?: CallOptions): Promise<OpenvCloudSchemas['OVCLocationInfo'][]>;
  /** Every account the user can see. */
  accounts(options?: CallOptions): Promise<OpenvCloudAccount[]>;
  /** The account with this name; `{ create: true }` creates it through cloudbroker (G8 admins). */
  accountGet(name: string, options?: AccountGetOptions): Promise<OpenvCloudAccount>;
}

function authOf(options: OpenvCloudClientOptions): AuthStrategy {
  const given = options as Partial<ItsYouOnlineClientOptions & LegacyLoginClientOptions & CustomAuthClientOptions>;
  const kinds = [given.auth !== undefined, given.applicationId !== undefined || given.secret !== undefined, given.login !== undefined || given.password !== undefined].filter(Boolean).length;
  if (kinds > 1) throw new InvalidConfigurationError('[@stratus/openvcloud] createOpenvCloudClient: pass one of auth, applicationId/secret or login/password');
  if (given.auth) return given.auth;
  const fetch = options.fetch ? { fetch: options.fetch } : {};
  if (given.login !== undefined || given.password !== undefined) return createLegacyLoginAuth({ url: options.url, login: given.login ?? '', password: given.password ?? '', ...fetch });
  if (given.applicationId !== undefined || given.secret !== undefined) {
    return createItsYouOnlineAuth({ applicationId: given.applicationId ?? '', secret: given.secret ?? '', ...(given.iyoUrl ? { iyoUrl: given.iyoUrl } : {}), ...fetch });
  }
  throw new InvalidConfigurationError('[@stratus/openvcloud] createOpenvCloudClient: pass applicationId and secret (ItsYou.online), login and password, or auth');
}

/**
 * An OpenvCloud (G8) portal client. Every method is `POST <url>/restmachine/<app>/<actor>/<method>`
 * with a JSON body; the result is the JSON-decoded answer. Error statuses become core errors
 * (BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError,
 * PreconditionFailedError, SessionExpiredError, ServerError), redacted.
 */
export function createOpenvCloudClient(options: OpenvCloudClientOptions): OpenvCloudClient {
  if (typeof options?.url !== 'string' || options.url.trim() === '') throw new InvalidConfigurationError('[@stratus/openvcloud] createOpenvCloudClient: url is missing');
  const url = normalizeOpenvCloudUrl(options.url);
  const auth = authOf(options);
  const base = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    ...(options.retryDelay ? { retryDelay: options.retryDelay } : {}),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  };
  // Reads go through pipelines that retry POSTs (see isReadMethod); every other call is sent once.
  const pipelines = {
    write: { authenticated: createTransportPipeline({ ...base, auth }), anonymous: createTransportPipeline(base) },
    read: { authenticated: createTransportPipeline({ ...base, auth, retryNonIdempotent: true }), anonymous: createTransportPipeline({ ...base, retryNonIdempotent: true }) },
  } satisfies Record<string, Record<string, SendStreamingHttp>>;
  const given = options as Partial<ItsYouOnlineClientOptions & LegacyLoginClientOptions>;
  const secrets = [given.secret, given.password].filter((value): value is string => typeof value === 'string' && value !== '');
  const unauthenticated = new Set([...cloudapi.unauthenticated, ...cloudbroker.unauthenticated]);

  async function post(path: string, params: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    if (!path.startsWith('/')) throw new InvalidConfigurationError(`[@stratus/openvcloud] call: path must start with "/", got ${JSON.stringify(path)}`);
    const target = `${url}${path}`;
    const kind = isReadMethod(path) ? pipelines.read : pipelines.write;
    const send = unauthenticated.has(`POST ${path}`) ? kind.anonymous : kind.authenticated;
    const response = await send({
      method: 'POST',
      url: target,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params ?? {}),
      signal,
    });
    if (!isSuccess(response)) throw createOpenvCloudApiError(response, parseMaybeJson(scrub(await readText(response), secrets)), 'POST', target);
    if (response.json) return response.json.value;
    return parseMaybeJson(await readText(response));
  }

  function pollTask(taskGuid: string, pollOptions: TaskPollingOptions & { signal?: AbortSignal | undefined; path: string }): Promise<unknown> {
    return waitForTask((taskguid, signal) => post('/system/task/get', { taskguid }, signal), taskGuid, {
      ...pollOptions,
      scrub: (text) => scrub(text, secrets) ?? text,
    });
  }

  async function call(path: string, params?: unknown, callOptions?: CallOptions): Promise<unknown> {
    const signal = callOptions?.signal;
    if (!callOptions?.async) return post(path, params, signal);
    if (params !== undefined && (params === null || typeof params !== 'object' || Array.isArray(params))) {
      throw new InvalidConfigurationError(`[@stratus/openvcloud] ${path}: async calls need their params as an object`);
    }
    const taskGuid = await post(path, { ...(params as object | undefined), _async: true }, signal);
    if (typeof taskGuid !== 'string' || taskGuid.trim() === '') {
      throw new OpenvCloudTaskError(`[@stratus/openvcloud] ${path} with _async answered ${JSON.stringify(taskGuid) ?? 'nothing'} instead of a task guid`, { taskGuid: '', path });
    }
    const polling = callOptions.async === true ? {} : callOptions.async;
    return pollTask(taskGuid.trim(), { ...options.taskPolling, ...polling, path, signal });
  }

  const api = {
    cloudapi: createAppProxy('cloudapi', call) as AppTree<CloudapiOperations['post'], 'cloudapi'>,
    cloudbroker: createAppProxy('cloudbroker', call) as AppTree<CloudbrokerOperations['post'], 'cloudbroker'>,
  };
  const login = async (): Promise<string | undefined> => {
    const authentication = (await auth()) as { login?: unknown } | undefined;
    return typeof authentication?.login === 'string' && authentication.login !== '' ? authentication.login : undefined;
  };
  const context: ResourceContext = { api, login };

  return {
    url,
    auth,
    api,
    login,
    locations: (callOptions) => api.cloudapi.locations.list(undefined, callOptions),
    accounts: (callOptions) => listAccounts(context, callOptions),
    accountGet: (name, getOptions) => accountGet(context, name, getOptions),
    call: (path, params, callOptions) => call(path, params, callOptions),
    waitForTask: (taskGuid, waitOptions) => pollTask(taskGuid, { ...options.taskPolling, ...waitOptions, path: waitOptions?.path ?? 'an earlier _async call', signal: waitOptions?.signal }),
  };
}
