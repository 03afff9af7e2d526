// Client
export {
  createOpenvCloudClient,
  type CustomAuthClientOptions,
  type ItsYouOnlineClientOptions,
  type LegacyLoginClientOptions,
  type OpenvCloudClient,
  type OpenvCloudClientOptions,
} from './client/create-openvcloud-client.js';
export type { AppTree, CallOptions, MethodOf, ResultOf } from './client/api-tree.js';
export { normalizeOpenvCloudUrl } from './client/normalize-openvcloud-url.js';

// Async tasks (`{ async: true }` → `_async` + system/task/get polling)
export { DEFAULT_TASK_TIMEOUT_MS, waitForTask, type PollTask, type TaskPollingOptions, type WaitForTaskOptions } from './async/wait-for-task.js';

// Resource layer (Jumpscale's account_get → space_get → machine_create)
export { accountGet, listAccounts, type AccountGetOptions } from './resources/account-get.js';
export { defaultLocation, OpenvCloudAccount, type SpaceGetOptions } from './resources/openvcloud-account.js';
export { DEFAULT_MACHINE_DISKSIZE, DEFAULT_MACHINE_IMAGE, DEFAULT_MACHINE_MEMORY, OpenvCloudSpace, type MachineCreateParams } from './resources/openvcloud-space.js';
export { OpenvCloudMachine } from './resources/openvcloud-machine.js';
export { ensureSshEndpoint, FIRST_SSH_PUBLIC_PORT, type SshEndpoint } from './resources/ssh-endpoint.js';
export { memoryInMb, selectSize } from './resources/select-size.js';
export { selectImage } from './resources/select-image.js';
export { OpenvCloudResourceNotFoundError, type OpenvCloudResourceKind } from './resources/resource-errors.js';
export type { OpenvCloudSchemas, ResourceContext, ResourceLimits } from './resources/resource-context.js';

// Auth
export {
  createItsYouOnlineAuth,
  DEFAULT_IYO_REFRESH_MARGIN_MS,
  DEFAULT_IYO_URL,
  type ItsYouOnlineAuthentication,
  type ItsYouOnlineAuthOptions,
} from './auth/create-itsyouonline-auth.js';
export { createLegacyLoginAuth, SESSION_EXPIRED_STATUS, type LegacyLoginAuthentication, type LegacyLoginAuthOptions } from './auth/create-legacy-login-auth.js';
export { decodeJwtClaims, type ItsYouOnlineClaims } from './auth/decode-jwt.js';

// Errors: every public error class of Stratus (`@stratus/core/errors`), and the OpenVCloud ones
export {
  createOpenvCloudApiError,
  OpenvCloudAuthError,
  PreconditionFailedError,
  SessionExpiredError,
} from './errors/openvcloud-errors.js';
export { OpenvCloudTaskError, OpenvCloudTaskFailedError, OpenvCloudTaskTimeoutError } from './errors/openvcloud-task-errors.js';
export * from '@stratus/core/errors';

// API descriptors (contract with the generated entry points)
export {
  defineOpenvCloudApi,
  type EmptyResponse,
  type JsonRequestBody,
  type JsonResponse,
  type JsonResponseBody,
  type OpenvCloudApi,
  type OperationShape,
  type OperationsShape,
  type PathsFromOperations,
} from './api/openvcloud-api.js';
