import { describe, expect, it } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { selectAuthMethod } from '../src/client/select-auth-method.js';
import { InvalidConfigurationError } from '@stratus/core';
import { InvalidRegionError } from '../src/errors/invalid-region-error.js';

describe('selectAuthMethod', () => {
  it('selects application keys (consumer key optional), OAuth2 or an access token', () => {
    expect(selectAuthMethod({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck' })).toEqual({ type: 'application-key', applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck' });
    expect(selectAuthMethod({ applicationKey: 'ak', applicationSecret: 'as' })).toMatchObject({ type: 'application-key', consumerKey: undefined });
    expect(selectAuthMethod({ clientId: 'id', clientSecret: 's' })).toEqual({ type: 'oauth2', clientId: 'id', clientSecret: 's' });
    expect(selectAuthMethod({ accessToken: 't' })).toEqual({ type: 'access-token', accessToken: 't' });
  });

  it.each([
    [{ applicationKey: 'ak' }, 'Both applicationKey and applicationSecret must be given: applicationSecret is missing (applicationKey is set)'],
    [{ applicationSecret: 'SECRET-AS' }, 'Both applicationKey and applicationSecret must be given: applicationKey is missing (applicationSecret is set)'],
    [{ consumerKey: 'SECRET-CK' }, 'applicationKey and applicationSecret are missing (consumerKey is set)'],
    [{ clientId: 'id' }, 'Invalid OAuth2 config, both clientId and clientSecret must be given: clientSecret is missing (clientId is set)'],
    [{ clientSecret: 'SECRET-CS' }, 'clientId is missing (clientSecret is set)'],
    [{ applicationKey: 'ak', applicationSecret: 'SECRET-AS', clientId: 'id', clientSecret: 'SECRET-CS' }, "Can't use multiple authentication methods: applicationKey/applicationSecret and OAuth2 clientId/clientSecret were given together"],
    [{ clientId: 'id', clientSecret: 'SECRET-CS', accessToken: 'SECRET-AT' }, "Can't use multiple authentication methods: OAuth2 clientId/clientSecret and accessToken"],
    [{}, 'Missing authentication information: pass applicationKey + applicationSecret (+ consumerKey), clientId + clientSecret (OAuth2), or accessToken'],
    [{ applicationKey: '  ', accessToken: '' }, 'Missing authentication information'],
  ])('rejects %j', (credentials, message) => {
    let error: unknown;
    try {
      selectAuthMethod(credentials);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigurationError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toMatch(/SECRET-/);
  });
});

describe('createOvhClient validation', () => {
  it('reports credential problems before any request', () => {
    expect(() => createOvhClient({ applicationKey: 'ak' })).toThrow('applicationSecret is missing');
    expect(() => createOvhClient({})).toThrow('Missing authentication information');
  });

  it('rejects unknown endpoints with the valid list', () => {
    expect(() => createOvhClient({ endpoint: 'ovh-moon', accessToken: 't' })).toThrow(InvalidRegionError);
    expect(() => createOvhClient({ endpoint: 'ovh-moon', accessToken: 't' })).toThrow('Valid endpoints: ovh-eu, ovh-ca, ovh-us, kimsufi-eu');
  });

  it('refuses OAuth2 on endpoints without a token URL', () => {
    expect(() => createOvhClient({ endpoint: 'kimsufi-eu', clientId: 'id', clientSecret: 'SECRET-CS' })).toThrow(
      'Endpoint kimsufi-eu does not support OAuth2 authentication (supported: ovh-eu, ovh-ca, ovh-us)',
    );
    expect(() => createOvhClient({ endpoint: 'http://127.0.0.1:1/1.0', clientId: 'id', clientSecret: 's' })).toThrow('pass oauth2TokenUrl');
    expect(createOvhClient({ endpoint: 'http://127.0.0.1:1/1.0', clientId: 'id', clientSecret: 's', oauth2TokenUrl: 'http://127.0.0.1:1/token' }).authMethod).toBe('oauth2');
  });

  it('exposes the resolved endpoint and auth method', () => {
    const client = createOvhClient({ endpoint: 'ovh-ca', applicationKey: 'ak', applicationSecret: 'as' });
    expect(client.endpoint).toEqual({ name: 'ovh-ca', baseUrl: 'https://ca.api.ovh.com/1.0', oauth2TokenUrl: 'https://ca.ovh.com/auth/oauth2/token' });
    expect(client.authMethod).toBe('application-key');
  });
});
