import { type ApiDescriptor, type OperationsShape } from '@stratus/core';
import { defineApi } from '@stratus/core/internal';

// The descriptor contract lives in @stratus/core (shared by every provider with generated API entry
// points); these names are what the generated `@stratus/openvcloud/<app>` modules and users import.
export type { EmptyResponse, JsonRequestBody, JsonResponse, JsonResponseBody, OperationShape, OperationsShape, PathsFromOperations } from '@stratus/core';

/** Methods the portal answers (every cloudapi method is a POST). */
export type OpenvCloudMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/**
 * A generated OpenVCloud app entry point (`@stratus/openvcloud/cloudapi` → `cloudapi`): its `@noauth`
 * methods and, as phantom types, its operations keyed `/<app>/<actor>/<method>`.
 */
export type OpenvCloudApi<Operations extends OperationsShape = OperationsShape, Paths extends {} = {}> = ApiDescriptor<Operations, Paths>;

/** Used by generated entry points. */
export const defineOpenvCloudApi: typeof defineApi = defineApi;
