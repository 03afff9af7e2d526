import { describe, expect, it } from 'vitest';
import { buildOvhRequest } from '../src/client/build-ovh-request.js';
import { canonicalizeParamName } from '../src/client/canonicalize-param-name.js';
import { encodeQueryString } from '../src/client/encode-query-string.js';
import { fillPathTemplate } from '../src/client/fill-path-template.js';

const baseUrl = 'https://eu.api.ovh.com/1.0';

describe('buildOvhRequest', () => {
  it('fills {placeholders} with URL-encoded values and sends the rest of a GET as query', () => {
    const parts = buildOvhRequest({
      baseUrl,
      method: 'GET',
      path: '/domain/zone/{zoneName}/record',
      params: { zoneName: 'example.com', fieldType: 'A', subDomain: 'www' },
    });
    expect(parts).toEqual({ url: `${baseUrl}/domain/zone/example.com/record?fieldType=A&subDomain=www`, headers: {}, body: undefined });
  });

  it('encodes ids containing / @ : and spaces', () => {
    const parts = buildOvhRequest({ baseUrl, method: 'GET', path: '/email/domain/{domain}/account/{accountName}', params: { domain: 'a/b', accountName: 'john@doe:x y' } });
    expect(parts.url).toBe(`${baseUrl}/email/domain/a%2Fb/account/john%40doe%3Ax%20y`);
  });

  it('encodes query values: booleans true/false, arrays repeated, objects as JSON (iamTags), dates ISO, null/undefined dropped', () => {
    const parts = buildOvhRequest({
      baseUrl,
      method: 'DELETE',
      path: '/things',
      params: {
        checkbox: true,
        off: false,
        ids: [1, 2],
        iamTags: { environment: [{ operator: 'EQ', value: 'prod' }] },
        since: new Date('2024-01-02T03:04:05Z'),
        gone: undefined,
        none: null,
      },
    });
    expect(parts.url).toBe(
      `${baseUrl}/things?checkbox=true&off=false&ids=1&ids=2` +
        `&iamTags=${encodeURIComponent('{"environment":[{"operator":"EQ","value":"prod"}]}')}` +
        '&since=2024-01-02T03%3A04%3A05.000Z',
    );
    expect(parts.url).toContain('iamTags=%7B%22environment%22%3A%5B%7B%22operator%22');
  });

  it('keeps dotted names such as date.from as they are', () => {
    const parts = buildOvhRequest({ baseUrl, method: 'GET', path: '/me/bill', params: { 'date.from': '2024-01-01', 'date.to': '2024-02-01' } });
    expect(parts.url).toBe(`${baseUrl}/me/bill?date.from=2024-01-01&date.to=2024-02-01`);
  });

  it('appends to a query string already in the path (python-ovh)', () => {
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/?query=string', params: { checkbox: true } }).url).toBe(`${baseUrl}/?query=string&checkbox=true`);
  });

  it("strips python-ovh's leading underscore before Python keywords only: _from → from, _to and _delete unchanged", () => {
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/x', params: { _from: 'start', to: 'end' } }).url).toBe(`${baseUrl}/x?from=start&to=end`);
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/x', params: { _to: 'value' } }).url).toBe(`${baseUrl}/x?_to=value`);
    expect(canonicalizeParamName('_from')).toBe('from');
    expect(canonicalizeParamName('_class')).toBe('class');
    // `delete`, `default`, `new` are JavaScript words, not Python keywords: python-ovh sends them as written.
    expect(canonicalizeParamName('_delete')).toBe('_delete');
    expect(canonicalizeParamName('_default')).toBe('_default');
    expect(canonicalizeParamName('_None')).toBe('None');
    expect(canonicalizeParamName('_to')).toBe('_to');
    expect(canonicalizeParamName('from')).toBe('from');
    expect(canonicalizeParamName('__from')).toBe('__from');
  });

  it('fills placeholders from aliased names too', () => {
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/x/{from}', params: { _from: 'a' } }).url).toBe(`${baseUrl}/x/a`);
  });

  it('sends POST/PUT params as a compact JSON body, keeping nulls', () => {
    const post = buildOvhRequest({ baseUrl, method: 'POST', path: '/domain/zone/{zoneName}/record', params: { zoneName: 'example.com', fieldType: 'A', target: '192.0.2.1', ttl: null, _from: 'x' } });
    expect(post).toEqual({
      url: `${baseUrl}/domain/zone/example.com/record`,
      headers: {},
      body: '{"fieldType":"A","target":"192.0.2.1","ttl":null,"from":"x"}',
    });
    expect(buildOvhRequest({ baseUrl, method: 'put', path: '/me', params: { a: 'b', c: 'd' } }).body).toBe('{"a":"b","c":"d"}');
  });

  it('sends no body when no params are left (python-ovh)', () => {
    expect(buildOvhRequest({ baseUrl, method: 'POST', path: '/domain/zone/{zoneName}/refresh', params: { zoneName: 'example.com' } }).body).toBeUndefined();
  });

  it('routes X- params to headers, in every method', () => {
    const get = buildOvhRequest({ baseUrl, method: 'GET', path: '/v2/iam/policy', params: { 'X-Pagination-Cursor': 'abc', 'X-Pagination-Size': 50, iamTags: undefined } });
    expect(get).toEqual({ url: 'https://eu.api.ovh.com/v2/iam/policy', headers: { 'X-Pagination-Cursor': 'abc', 'X-Pagination-Size': '50' }, body: undefined });
    const post = buildOvhRequest({ baseUrl, method: 'POST', path: '/x', params: { 'x-custom': 'y', a: 1 } });
    expect(post).toEqual({ url: `${baseUrl}/x`, headers: { 'x-custom': 'y' }, body: '{"a":1}' });
  });

  it('uses an explicit body as-is and sends the remaining params as query', () => {
    const parts = buildOvhRequest({ baseUrl, method: 'PUT', path: '/cloud/{id}/cfg', params: { id: 'p1', dryRun: true }, body: { 'max.connections': '100' } });
    expect(parts).toEqual({ url: `${baseUrl}/cloud/p1/cfg?dryRun=true`, headers: {}, body: '{"max.connections":"100"}' });
    expect(buildOvhRequest({ baseUrl, method: 'POST', path: '/list', body: ['a', 'b'] }).body).toBe('["a","b"]');
  });

  it('gives the URL in the form fetch sends it, which is what gets signed', () => {
    const url = (path: string) => buildOvhRequest({ baseUrl, method: 'GET', path }).url;
    expect(url("/me/bill?q=it's")).toBe(`${baseUrl}/me/bill?q=it%27s`);
    expect(url('/me/x y/é?a=b c')).toBe(`${baseUrl}/me/x%20y/%C3%A9?a=b%20c`);
    expect(url('/a/./b/../c#fragment')).toBe(`${baseUrl}/a/c`);
    expect(buildOvhRequest({ baseUrl: 'https://EU.api.ovh.com:443/1.0', method: 'GET', path: '/me' }).url).toBe(`${baseUrl}/me`);
    // Already in that form: left as it is.
    expect(url("/me/it's(1)*!~")).toBe(`${baseUrl}/me/it's(1)*!~`);
    expect(new URL(url("/me/it's(1)*!~?x=%27")).href).toBe(url("/me/it's(1)*!~?x=%27"));
  });

  it('refuses . and .. as path parameters: URLs would resolve them to another resource', () => {
    expect(() => buildOvhRequest({ baseUrl, method: 'DELETE', path: '/domain/zone/{zoneName}/record', params: { zoneName: '..' } })).toThrow(
      'Path parameter "zoneName" is "..", which URLs treat as a relative path segment',
    );
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/x/{id}', params: { id: '...' } }).url).toBe(`${baseUrl}/x/...`);
  });

  it('names a missing path parameter', () => {
    expect(() => buildOvhRequest({ baseUrl, method: 'GET', path: '/me/bill/{billId}', params: {} })).toThrow('Missing path parameter "billId" for /me/bill/{billId}');
    expect(() => fillPathTemplate('/x/{id}', { id: '' })).toThrow('Missing path parameter "id"');
  });

  it('encodes an empty query list as nothing', () => {
    expect(encodeQueryString([])).toBe('');
    expect(buildOvhRequest({ baseUrl, method: 'GET', path: '/me', params: { a: undefined } }).url).toBe(`${baseUrl}/me`);
  });
});
