import { expect, it } from 'vitest';
import { normalizeBaseUrl } from '../src/client/normalize-base-url.js';
import { StratusError } from '../src/errors/stratus-error.js';

it('trims whitespace and trailing slashes', () => {
  expect(normalizeBaseUrl(' https://compute.example.com/v2.1/ ')).toBe('https://compute.example.com/v2.1');
  expect(normalizeBaseUrl('http://127.0.0.1:8774//')).toBe('http://127.0.0.1:8774');
  expect(normalizeBaseUrl('https://eu.api.ovh.com/v1')).toBe('https://eu.api.ovh.com/v1');
});

it.each([
  [undefined, /baseUrl is required .* got undefined/],
  ['', /baseUrl is required/],
  ['compute.example.com/v2.1', /must be an absolute http\(s\) URL, got "compute.example.com\/v2.1"/],
  ['/v2.1', /absolute/],
  ['ftp://example.com', /must use http or https, got "ftp:\/\/example.com"/],
  ['https://h/v1?x=1', /must not contain a query string/],
  ['https://h/v1#frag', /must not contain a query string or fragment/],
])('rejects %s with a clear StratusError', (value, message) => {
  expect(() => normalizeBaseUrl(value)).toThrow(StratusError);
  expect(() => normalizeBaseUrl(value)).toThrow(message);
});

it('rejects credentials in the URL without echoing them', () => {
  let error: unknown;
  try {
    normalizeBaseUrl('https://admin:hunter2@h/v1', 'createServiceClient(test)');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StratusError);
  expect((error as Error).message).toMatch(/^\[@stratus\/core\] createServiceClient\(test\): baseUrl must not contain credentials/);
  expect((error as Error).message).not.toContain('hunter2');
});
