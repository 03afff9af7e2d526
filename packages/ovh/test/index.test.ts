import * as coreErrors from '@stratus/core/errors';
import { CORE_ERROR_CLASSES, missingCoreErrors } from '@stratus/test-support/core-error-exports';
import { fileURLToPath } from 'node:url';
import { exportedNames } from '@stratus/test-support/export-names';
import { describe, expect, it } from 'vitest';
import * as ovh from '../src/index.js';
import * as config from '../src/config/index.js';
import * as fetchClient from '../src/fetch-client/index.js';
import * as msw from '../src/msw/index.js';
import * as node from '../src/node/index.js';

describe('public entry points', () => {
  it('@stratus/ovh exports the client, auth strategies, every core error class and the OVH ones, consumer keys and pagination', () => {
    expect(missingCoreErrors(ovh, coreErrors)).toEqual([]);
    expect(Object.keys(ovh).sort()).toEqual(
      [
        ...CORE_ERROR_CLASSES,
        'API_READ_ONLY',
        'API_READ_WRITE',
        'API_READ_WRITE_SAFE',
        'BadParametersError',
        'DEFAULT_EXPAND_CONCURRENCY',
        'DEFAULT_OVH_ENDPOINT',
        'InvalidCredentialError',
        'InvalidKeyError',
        'InvalidRegionError',
        'NetworkError',
        'NotCredentialError',
        'NotGrantedCallError',
        'OAuth2FailureError',
        'OVH_ENDPOINTS',
        'OvhApiError',
        'ResourceConflictError',
        'ResourceExpiredError',
        'ResourceNotFoundError',
        'applyPrefixRule',
        'buildOvhRequest',
        'canonicalizeParamName',
        'createConsumerKeyRequest',
        'createOvhAccessTokenAuth',
        'createOvhApiError',
        'createOvhClient',
        'createOvhClock',
        'createOvhOAuth2Auth',
        'createOvhSignatureAuth',
        'defineOvhApi',
        'expandIds',
        'isOvhTimeError',
        'paginate',
        'requestConsumerKey',
        'resolveEndpoint',
        'selectAuthMethod',
        'signOvhRequest',
      ].sort(),
    );
  });

  it('@stratus/ovh/config exports the Node-only loader', () => {
    expect(Object.keys(config).sort()).toEqual(['createOvhClientFromConfig', 'loadOvhConfig', 'standardConfigPaths']);
  });

  it('@stratus/ovh/fetch-client exports the openapi-fetch style', () => {
    expect(Object.keys(fetchClient).sort()).toEqual(['createOvhFetchClient', 'unwrap']);
  });

  it('@stratus/ovh/msw exports the handler set, the auth/time handler, the error response and the URL helper', () => {
    expect(Object.keys(msw).sort()).toEqual(['createOvhAuthTimeHandler', 'createOvhErrorResponse', 'createOvhHandlers', 'ovhMswUrl']);
  });

  it('@stratus/ovh/node exports the Node-only fetch', () => {
    expect(Object.keys(node)).toEqual(['createNodeFetch']);
  });

  it('defineOvhApi keeps the runtime table only', () => {
    expect(ovh.defineOvhApi({ name: 'me', unauthenticated: ['GET /auth/time'] })).toEqual({ name: 'me', unauthenticated: ['GET /auth/time'] });
  });

  it('the type-level exports of every entry match the snapshot (types and interfaces included)', () => {
    const entries = ['index.ts', 'config/index.ts', 'fetch-client/index.ts', 'msw/index.ts', 'node/index.ts'].map((file) => fileURLToPath(new URL(`../src/${file}`, import.meta.url)));
    expect(exportedNames(entries)).toMatchSnapshot();
  }, 60_000); // a TypeScript program over the sources, slow on a loaded machine
});
