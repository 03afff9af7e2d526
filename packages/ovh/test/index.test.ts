import { describe, expect, it } from 'vitest';
import * as ovh from '../src/index.js';
import * as config from '../src/config/index.js';
import * as fetchClient from '../src/fetch-client/index.js';
import * as node from '../src/node/index.js';

describe('public entry points', () => {
  it('@stratus/ovh exports the client, auth strategies, errors, consumer keys and pagination', () => {
    expect(Object.keys(ovh).sort()).toEqual(
      [
        'APIError',
        'API_READ_ONLY',
        'API_READ_WRITE',
        'API_READ_WRITE_SAFE',
        'AbortError',
        'ApiError',
        'BadParametersError',
        'ConnectionError',
        'DEFAULT_EXPAND_CONCURRENCY',
        'DEFAULT_OVH_ENDPOINT',
        'ForbiddenError',
        'InvalidConfigurationError',
        'InvalidCredentialError',
        'InvalidKeyError',
        'InvalidRegionError',
        'InvalidResponseError',
        'NetworkError',
        'NotCredentialError',
        'NotGrantedCallError',
        'OAuth2FailureError',
        'OVH_ENDPOINTS',
        'OvhApiError',
        'ResourceConflictError',
        'ResourceExpiredError',
        'ResourceNotFoundError',
        'StratusError',
        'TimeoutError',
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
        'unwrap',
      ].sort(),
    );
  });

  it('@stratus/ovh/config exports the Node-only loader', () => {
    expect(Object.keys(config).sort()).toEqual(['createOvhClientFromConfig', 'loadOvhConfig', 'standardConfigPaths']);
  });

  it('@stratus/ovh/fetch-client exports the openapi-fetch style', () => {
    expect(Object.keys(fetchClient).sort()).toEqual(['createOvhFetchClient', 'unwrap']);
  });

  it('@stratus/ovh/node exports the Node-only fetch', () => {
    expect(Object.keys(node)).toEqual(['createNodeFetch']);
  });

  it('defineOvhApi keeps the runtime table only', () => {
    expect(ovh.defineOvhApi({ name: 'me', unauthenticated: ['GET /auth/time'] })).toEqual({ name: 'me', unauthenticated: ['GET /auth/time'] });
  });
});
