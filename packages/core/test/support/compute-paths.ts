// A tiny hand-written `paths` type in the shape openapi-typescript generates, for client tests.
import type { OperationsOfPaths } from '../../src/client/service-client.js';

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type JsonContent<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NovaFault = { itemNotFound?: { message: string; code: number } };

export interface Server {
  id: string;
  name: string;
}

export interface ComputePaths {
  '/servers/{server_id}': {
    parameters: NoParameters;
    get: {
      parameters: { query?: never; header?: never; path: { server_id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: JsonContent<{ server: Server }>; 404: JsonContent<NovaFault> };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: { query?: never; header?: never; path: { server_id: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: { [name: string]: unknown }; content?: never }; 404: JsonContent<NovaFault> };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/servers': {
    parameters: NoParameters;
    get?: never;
    put?: never;
    post: {
      parameters: NoParameters;
      requestBody: { content: { 'application/json': { server: { name: string; adminPass?: string } } } };
      responses: { 202: JsonContent<{ server: Server }>; 400: JsonContent<{ badRequest: { message: string; code: number } }> };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

/** The client's operation map of `ComputePaths`. */
export type ComputeOperations = OperationsOfPaths<ComputePaths>;
