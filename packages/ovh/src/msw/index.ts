// @stratus/ovh/msw — typed msw handlers for testing code that uses @stratus/ovh. Needs `msw` (2.x),
// an optional peer dependency. Portable like the client: no Node built-ins.

export { createOvhHandlers, ovhMswUrl, type OvhHandlersOptions } from './ovh-handlers.js';
export { createOvhAuthTimeHandler } from './ovh-auth-time-handler.js';
export { createOvhErrorResponse, type OvhErrorResponseInit } from './ovh-error-response.js';
export type {
  OvhHandlerOperations,
  OvhHandlers,
  OvhPathParamsOf,
  OvhRequestBodyOf,
  OvhResolver,
  OvhResolverInfo,
  OvhResolverResult,
  TypedOvhHandlers,
  UntypedOvhHandlers,
} from './ovh-msw-types.js';
