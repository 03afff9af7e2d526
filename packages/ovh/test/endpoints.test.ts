import { describe, expect, it } from 'vitest';
import { apiPathOfUrl, normalizeApiPath } from '../src/endpoints/api-path-of-url.js';
import { applyPrefixRule } from '../src/endpoints/apply-prefix-rule.js';
import { OVH_ENDPOINTS } from '../src/endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { rewriteVersionedUrl } from '../src/endpoints/rewrite-versioned-url.js';
import { InvalidRegionError } from '../src/errors/invalid-region-error.js';

describe('OVH_ENDPOINTS', () => {
  it('lists the seven endpoints of python-ovh / go-ovh with OAuth2 token URLs for eu/ca/us only', () => {
    expect(OVH_ENDPOINTS).toEqual({
      'ovh-eu': { baseUrl: 'https://eu.api.ovh.com/1.0', oauth2TokenUrl: 'https://www.ovh.com/auth/oauth2/token' },
      'ovh-ca': { baseUrl: 'https://ca.api.ovh.com/1.0', oauth2TokenUrl: 'https://ca.ovh.com/auth/oauth2/token' },
      'ovh-us': { baseUrl: 'https://api.us.ovhcloud.com/1.0', oauth2TokenUrl: 'https://us.ovhcloud.com/auth/oauth2/token' },
      'kimsufi-eu': { baseUrl: 'https://eu.api.kimsufi.com/1.0' },
      'kimsufi-ca': { baseUrl: 'https://ca.api.kimsufi.com/1.0' },
      'soyoustart-eu': { baseUrl: 'https://eu.api.soyoustart.com/1.0' },
      'soyoustart-ca': { baseUrl: 'https://ca.api.soyoustart.com/1.0' },
    });
  });
});

describe('resolveEndpoint', () => {
  it('resolves names, defaulting to ovh-eu', () => {
    expect(resolveEndpoint('kimsufi-ca')).toEqual({ name: 'kimsufi-ca', baseUrl: 'https://ca.api.kimsufi.com/1.0' });
    expect(resolveEndpoint()).toMatchObject({ name: 'ovh-eu', baseUrl: 'https://eu.api.ovh.com/1.0' });
  });

  it('accepts a base URL (proxies, emulators) and trims a trailing slash', () => {
    expect(resolveEndpoint('http://127.0.0.1:8080/1.0/')).toEqual({ name: undefined, baseUrl: 'http://127.0.0.1:8080/1.0' });
  });

  it('rejects an unknown name with the list of valid ones', () => {
    expect(() => resolveEndpoint('ovh-fr')).toThrow(InvalidRegionError);
    expect(() => resolveEndpoint('ovh-fr')).toThrow(
      'Unknown endpoint "ovh-fr". Valid endpoints: ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca',
    );
  });

  it('rejects unusable URLs without echoing credentials', () => {
    expect(() => resolveEndpoint('ftp://x/1.0')).toThrow(InvalidRegionError);
    const error = (() => {
      try {
        resolveEndpoint('https://user:hunter2@eu.api.ovh.com/1.0');
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain('must not contain credentials');
    expect(error?.message).not.toContain('hunter2');
  });
});

describe('applyPrefixRule', () => {
  const eu = 'https://eu.api.ovh.com/1.0';
  it.each([
    ['/me', 'https://eu.api.ovh.com/1.0/me'],
    ['/v2/iam/policy', 'https://eu.api.ovh.com/v2/iam/policy'],
    ['/v1/me', 'https://eu.api.ovh.com/v1/me'],
    ['/v2', 'https://eu.api.ovh.com/v2'],
    ['/v1', 'https://eu.api.ovh.com/v1'],
    ['/v2?x=1', 'https://eu.api.ovh.com/v2?x=1'],
    ['/v20/thing', 'https://eu.api.ovh.com/1.0/v20/thing'],
    ['/vrack', 'https://eu.api.ovh.com/1.0/vrack'],
    ['me', 'https://eu.api.ovh.com/1.0/me'],
  ])('%s → %s', (path, expected) => {
    expect(applyPrefixRule(eu, path)).toBe(expected);
  });

  it('leaves bases that do not end in /1.0 alone', () => {
    expect(applyPrefixRule('https://proxy.example/ovh', '/v2/iam/policy')).toBe('https://proxy.example/ovh/v2/iam/policy');
  });

  it('rewrites URLs built by appending to the base (openapi-fetch)', () => {
    expect(rewriteVersionedUrl(eu, `${eu}/v2/iam/policy?x=1`)).toBe('https://eu.api.ovh.com/v2/iam/policy?x=1');
    expect(rewriteVersionedUrl(eu, `${eu}/me`)).toBe(`${eu}/me`);
    expect(rewriteVersionedUrl(eu, 'https://elsewhere/v2/x')).toBe('https://elsewhere/v2/x');
  });

  it('finds the API path of a URL: v1 unprefixed, v2 prefixed', () => {
    expect(apiPathOfUrl(eu, `${eu}/auth/time?x=1`)).toBe('/auth/time');
    expect(apiPathOfUrl(eu, 'https://eu.api.ovh.com/v1/auth/time')).toBe('/auth/time');
    expect(apiPathOfUrl(eu, 'https://eu.api.ovh.com/v2/iam/policy')).toBe('/v2/iam/policy');
    expect(apiPathOfUrl(eu, 'https://other.example/me')).toBeUndefined();
    expect(normalizeApiPath('/v1')).toBe('/');
  });
});
