import { type ApiDescriptor, type OperationsShape } from '@stratus/core';
import { defineApi } from '@stratus/core/internal';

// The descriptor contract lives in @stratus/core (shared by every provider with generated API entry
// points); these names are what the generated `@stratus/ovh/<api>` modules and users import.
export type { EmptyResponse, JsonRequestBody, JsonResponse, JsonResponseBody, OperationShape, OperationsShape, PathsFromOperations } from '@stratus/core';

/** The methods OVH's APIs use. */
export type OvhMethod = 'get' | 'post' | 'put' | 'delete';

/** A generated OVH API entry point (`@stratus/ovh/me` → `me`): pass it to `createOvhClient({ apis })`. */
export type OvhApi<Operations extends OperationsShape = OperationsShape, Paths extends {} = {}> = ApiDescriptor<Operations, Paths>;

/** Used by generated entry points. */
export const defineOvhApi: typeof defineApi = defineApi;
