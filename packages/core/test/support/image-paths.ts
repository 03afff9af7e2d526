// A hand-written `paths` type in the shape openapi-typescript generates for Glance's non-JSON bodies,
// as the generator emits them (binary uploads, downloads, JSON patch).
import type { BinaryBody, JsonPatchOperation } from '../../src/client/body-types.js';
import type { OperationsOfPaths } from '../../src/client/service-client.js';

type Headers = { [name: string]: unknown };
type Image = { id: string; name?: string | null; min_disk?: number } & { [key: string]: unknown };

export interface ImagePaths {
  '/images/{image_id}': {
    parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Headers; content: { 'application/json': Image } } };
    };
    patch: {
      parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
      requestBody?: { content: { 'application/openstack-images-v2.1-json-patch': JsonPatchOperation<'add' | 'remove' | 'replace'>[] } };
      responses: { 200: { headers: Headers; content: { 'application/json': Image } } };
    };
  };
  '/images/{image_id}/file': {
    parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Headers; content: { 'application/octet-stream': Blob } };
        204: { headers: Headers; content?: never };
        404: { headers: Headers; content: { 'application/json': { message: string } } };
      };
    };
    put: {
      parameters: { query?: never; header?: never; path: { image_id: string }; cookie?: never };
      requestBody?: { content: { 'application/octet-stream': BinaryBody } };
      responses: { 204: { headers: Headers; content?: never } };
    };
  };
}

/** What the generator writes into `service.media` for these operations. */
export const IMAGE_MEDIA = {
  'PATCH /images/{image_id}': { request: 'application/openstack-images-v2.1-json-patch' },
  'PUT /images/{image_id}/file': { request: 'application/octet-stream' },
  'GET /images/{image_id}/file': { parseAs: 'blob' },
} as const;

/** The client's operation map of `ImagePaths`. */
export type ImageOperations = OperationsOfPaths<ImagePaths>;
