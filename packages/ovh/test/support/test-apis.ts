import { defineOvhApi } from '../../src/api/ovh-api.js';

// Two small API descriptors written by hand in openapi-typescript's shapes, standing in for generated
// entry points: a v1 API (`me` + a bit of `domain` + `auth`) and a v2 API (`v2/iam`).

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };

export interface Nichandle {
  nichandle: string;
  email: string;
}
export interface Bill {
  billId: string;
  date: string;
}
export interface ZoneRecord {
  id: number;
  fieldType: 'A' | 'AAAA' | 'CNAME' | 'TXT';
  subDomain: string | null;
  target: string;
  ttl: number | null;
  zone: string;
}
export interface ZoneRecordCreate {
  fieldType: ZoneRecord['fieldType'];
  subDomain?: string | null;
  target: string;
  ttl?: number | null;
}
export interface ZoneRecordUpdate {
  subDomain?: string | null;
  target?: string;
  ttl?: number | null;
}
export interface ApiCredentialRequestParams {
  accessRules: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string }[];
  allowedIPs?: string[] | null;
  redirection?: string | null;
}
export interface ApiCredentialRequest {
  consumerKey: string;
  state: 'expired' | 'pendingValidation' | 'refused' | 'validated';
  validationUrl: string;
}
export interface TagFilter {
  operator?: 'EQ' | 'EXISTS' | 'ILIKE' | 'LIKE' | 'LT' | 'GT' | 'NEQ' | 'NEXISTS';
  value?: string;
}

interface MeGetOperations {
  '/me': { parameters: NoParameters; requestBody?: never; responses: { 200: Json<Nichandle> } };
  '/me/bill': {
    parameters: {
      query?: { 'date.from'?: string; 'date.to'?: string; iamTags?: { [key: string]: TagFilter[] } };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: Json<string[]> };
  };
  '/me/bill/{billId}': {
    parameters: { query?: never; header?: never; path: { billId: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<Bill> };
  };
  '/domain/zone/{zoneName}/record': {
    parameters: { query?: { fieldType?: ZoneRecord['fieldType']; subDomain?: string }; header?: never; path: { zoneName: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<number[]> };
  };
  '/domain/zone/{zoneName}/record/{id}': {
    parameters: { query?: never; header?: never; path: { zoneName: string; id: number }; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<ZoneRecord> };
  };
  '/auth/time': { parameters: NoParameters; requestBody?: never; responses: { 200: Json<number> } };
}

interface MePostOperations {
  '/domain/zone/{zoneName}/record': {
    parameters: { query?: never; header?: never; path: { zoneName: string }; cookie?: never };
    requestBody: { content: { 'application/json': ZoneRecordCreate } };
    responses: { 200: Json<ZoneRecord> };
  };
  '/domain/zone/{zoneName}/refresh': {
    parameters: { query?: never; header?: never; path: { zoneName: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: NoContent };
  };
  '/auth/credential': {
    parameters: NoParameters;
    requestBody: { content: { 'application/json': ApiCredentialRequestParams } };
    responses: { 200: Json<ApiCredentialRequest> };
  };
}

interface MePutOperations {
  '/domain/zone/{zoneName}/record/{id}': {
    parameters: { query?: never; header?: never; path: { zoneName: string; id: number }; cookie?: never };
    requestBody: { content: { 'application/json': ZoneRecordUpdate } };
    responses: { 200: NoContent };
  };
}

interface MeDeleteOperations {
  '/domain/zone/{zoneName}/record/{id}': {
    parameters: { query?: never; header?: never; path: { zoneName: string; id: number }; cookie?: never };
    requestBody?: never;
    responses: { 200: NoContent };
  };
}

export interface MeOperations {
  get: MeGetOperations;
  post: MePostOperations;
  put: MePutOperations;
  delete: MeDeleteOperations;
}

type PathItem<Get = never, Post = never, Put = never, Delete = never> = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  get: Get;
  put: Put;
  post: Post;
  delete: Delete;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};

export interface MePaths {
  '/me': PathItem<MeGetOperations['/me']>;
  '/me/bill': PathItem<MeGetOperations['/me/bill']>;
  '/me/bill/{billId}': PathItem<MeGetOperations['/me/bill/{billId}']>;
  '/domain/zone/{zoneName}/record': PathItem<MeGetOperations['/domain/zone/{zoneName}/record'], MePostOperations['/domain/zone/{zoneName}/record']>;
  '/domain/zone/{zoneName}/record/{id}': PathItem<
    MeGetOperations['/domain/zone/{zoneName}/record/{id}'],
    never,
    MePutOperations['/domain/zone/{zoneName}/record/{id}'],
    MeDeleteOperations['/domain/zone/{zoneName}/record/{id}']
  >;
  '/auth/time': PathItem<MeGetOperations['/auth/time']>;
}

export const meApi = defineOvhApi<MeOperations, MePaths>({
  name: 'me',
  unauthenticated: ['GET /auth/time', 'POST /auth/credential', 'GET /order/catalog/public/{catalogName}'],
});

export interface Policy {
  id: string;
  name: string;
}

interface IamGetOperations {
  '/v2/iam/policy': {
    parameters: {
      query?: { iamTags?: { [key: string]: TagFilter[] }; readOnly?: boolean };
      header?: { 'X-Pagination-Cursor'?: string; 'X-Pagination-Size'?: number };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: Json<Policy[]> };
  };
  '/v2/iam/policy/{policyId}': {
    parameters: { query?: never; header?: never; path: { policyId: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: Json<Policy> };
  };
}

export interface IamOperations {
  get: IamGetOperations;
}

export interface IamPaths {
  '/v2/iam/policy': PathItem<IamGetOperations['/v2/iam/policy']>;
  '/v2/iam/policy/{policyId}': PathItem<IamGetOperations['/v2/iam/policy/{policyId}']>;
}

export const iamApi = defineOvhApi<IamOperations, IamPaths>({ name: 'v2/iam', unauthenticated: [] });
