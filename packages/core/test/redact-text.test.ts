import { describe, expect, it } from 'vitest';
import { redactText } from '../src/redaction/redact-text.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('redactText', () => {
  it('redacts JSON fields named like secrets, keeping the field names', () => {
    const body = JSON.stringify({
      auth: { identity: { password: { user: { name: 'bob', password: 'hunter2' } } } },
      applicationSecret: 'as',
      consumerKey: 'ck',
      access_token: 'at',
      refresh_token: 'rt',
      client_secret: 'cs',
      authkey: 'ak',
      jwt: 'j',
      server: { name: 'web', adminPass: 'nova-admin-pass' },
      name: 'visible',
    });
    const redacted = redactText(body);
    for (const secret of ['hunter2', 'nova-admin-pass', '"as"', '"ck"', '"at"', '"rt"', '"cs"', '"ak"', '"j"']) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('"password":"[REDACTED]"');
    expect(redacted).toContain('"name":"visible"');
    expect(redacted).toContain('"name":"bob"');
    expect(() => JSON.parse(redacted) as unknown).not.toThrow();
  });

  it('handles escaped quotes inside values and pretty-printed JSON', () => {
    expect(redactText('{"password": "a\\"b", "x": 1}')).toBe('{"password": "[REDACTED]", "x": 1}');
    expect(redactText('{\n  "Secret" : "s"\n}')).toBe('{\n  "Secret" : "[REDACTED]"\n}');
  });

  it('redacts JSON embedded in a JSON string and Python reprs', () => {
    expect(redactText('{"error_message": "{\\"password\\": \\"hunter2\\"}"}')).not.toContain('hunter2');
    expect(redactText("Invalid input {'password': 'hunter2', 'name': 'x'}")).toBe("Invalid input {'password': '[REDACTED]', 'name': 'x'}");
  });

  it('redacts form and query style fields', () => {
    expect(redactText('grant_type=password&password=hunter2&client_secret=cs&username=bob')).toBe(
      'grant_type=password&password=[REDACTED]&client_secret=[REDACTED]&username=bob',
    );
    expect(redactText('GET /x?token=abc&limit=1 failed')).toBe('GET /x?token=[REDACTED]&limit=1 failed');
  });

  it('redacts JWTs anywhere and Bearer credentials', () => {
    expect(redactText(`the token ${JWT} expired`)).toBe('the token [REDACTED] expired');
    expect(redactText('Authorization header was Bearer abc123.def-ghi')).toBe('Authorization header was Bearer [REDACTED]');
  });

  it('redacts header-style lines and URL userinfo', () => {
    expect(redactText('X-Auth-Token: gAAAAABsecret\nContent-Type: json')).toBe('X-Auth-Token: [REDACTED]\nContent-Type: json');
    expect(redactText('Authorization: Basic dXNlcjpwYXNz')).toBe('Authorization: [REDACTED]');
    expect(redactText('cannot reach https://bob:pw@host/x')).toBe('cannot reach https://[REDACTED]@host/x');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Instance 5f2a could not be found. Quota exceeded for cores: Requested 4, but already used 20.';
    expect(redactText(text)).toBe(text);
  });
});
