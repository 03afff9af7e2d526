import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/redaction/redact-url.js';

describe('redactUrl', () => {
  it('removes userinfo', () => {
    expect(redactUrl('https://admin:hunter2@api.example.com/v1/x')).toBe('https://[REDACTED]@api.example.com/v1/x');
    expect(redactUrl('https://user@api.example.com/')).toBe('https://[REDACTED]@api.example.com/');
  });

  it('redacts secret query parameters and keeps the others byte for byte', () => {
    expect(redactUrl('https://h/p?limit=10&token=abc&marker=a%20b&X-Amz-Signature=ff&api_key=k&key_name=mine')).toBe(
      'https://h/p?limit=10&token=[REDACTED]&marker=a%20b&X-Amz-Signature=[REDACTED]&api_key=[REDACTED]&key_name=mine',
    );
  });

  it('matches encoded parameter names and the fragment', () => {
    expect(redactUrl('https://h/cb?acc%65ss_token=zzz#access_token=yyy&state=s')).toBe(
      'https://h/cb?acc%65ss_token=[REDACTED]#access_token=[REDACTED]&state=s',
    );
  });

  it('handles Swift temp URLs, authkey and jwt parameters', () => {
    expect(redactUrl('https://s/v1/AUTH_x/c/o?temp_url_sig=abc&temp_url_expires=1')).toBe(
      'https://s/v1/AUTH_x/c/o?temp_url_sig=[REDACTED]&temp_url_expires=1',
    );
    expect(redactUrl('/relative?authkey=1&jwt=eyJ')).toBe('/relative?authkey=[REDACTED]&jwt=[REDACTED]');
  });

  it('accepts URL objects and leaves clean URLs alone', () => {
    expect(redactUrl(new URL('https://h/servers/detail?limit=1'))).toBe('https://h/servers/detail?limit=1');
    expect(redactUrl('https://h/a@b')).toBe('https://h/a@b');
  });
});
