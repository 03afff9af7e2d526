// @stratus/openvcloud/msw — typed msw handlers for testing code that uses @stratus/openvcloud. Needs
// `msw` (2.x), an optional peer dependency. Portable like the client: no Node built-ins.

export { createOpenvCloudHandlers, type OpenvCloudHandlersOptions } from './openvcloud-handlers.js';
export { createOpenvCloudErrorResponse } from './openvcloud-error-response.js';
export { createItsYouOnlineHandlers, type ItsYouOnlineFake, type ItsYouOnlineHandlersOptions } from './itsyouonline-handlers.js';
export type {
  OpenvCloudHandlerOperations,
  OpenvCloudHandlers,
  OpenvCloudPathOf,
  OpenvCloudRequestBodyOf,
  OpenvCloudResolver,
  OpenvCloudResolverInfo,
  OpenvCloudResolverResult,
} from './openvcloud-msw-types.js';
