import { describe, expect, it } from 'vitest';
import { buildAuthRequestBody } from '../src/index.js';

const authUrl = 'https://keystone.example.com/v3';

describe('buildAuthRequestBody: the exact bodies Keystone expects', () => {
  it.each([
    [
      'password by user name + domain name, project by name + domain id',
      { authUrl, username: 'admin', userDomainName: 'Default', password: 'devstacker', projectName: 'admin', projectDomainId: 'default' },
      {
        identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: 'devstacker' } } },
        scope: { project: { name: 'admin', domain: { id: 'default' } } },
      },
    ],
    [
      'password by user id, project by id',
      { authUrl, userId: 'u1', password: 'pw', projectId: 'p1' },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { project: { id: 'p1' } } },
    ],
    [
      'password, user domain id, project domain name',
      { authUrl, username: 'a', userDomainId: 'd1', password: 'pw', projectName: 'p', projectDomainName: 'Dom' },
      {
        identity: { methods: ['password'], password: { user: { name: 'a', domain: { id: 'd1' }, password: 'pw' } } },
        scope: { project: { name: 'p', domain: { name: 'Dom' } } },
      },
    ],
    [
      'default_domain fills both domains',
      { authUrl, username: 'a', password: 'pw', projectName: 'p', defaultDomain: 'default' },
      {
        identity: { methods: ['password'], password: { user: { name: 'a', domain: { id: 'default' }, password: 'pw' } } },
        scope: { project: { name: 'p', domain: { id: 'default' } } },
      },
    ],
    [
      'domain scope by id',
      { authUrl, userId: 'u1', password: 'pw', domainId: 'default' },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { domain: { id: 'default' } } },
    ],
    [
      'domain scope by name',
      { authUrl, userId: 'u1', password: 'pw', domainName: 'Default' },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { domain: { name: 'Default' } } },
    ],
    [
      'system scope',
      { authUrl, userId: 'u1', password: 'pw', systemScope: 'all' as const },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { system: { all: true } } },
    ],
    [
      'explicitly unscoped',
      { authUrl, userId: 'u1', password: 'pw', projectId: 'ignored', unscoped: true },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: 'unscoped' },
    ],
    [
      'no scope at all (Keystone default project)',
      { authUrl, userId: 'u1', password: 'pw' },
      { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } } },
    ],
    [
      'token, project by id',
      { authUrl, token: 'gAAAAold', projectId: 'p1' },
      { identity: { methods: ['token'], token: { id: 'gAAAAold' } }, scope: { project: { id: 'p1' } } },
    ],
    [
      'application credential by id (never a scope)',
      { authUrl, applicationCredentialId: '423f19a4', applicationCredentialSecret: 'rEaqvJka48mpv', projectId: 'p1' },
      { identity: { methods: ['application_credential'], application_credential: { id: '423f19a4', secret: 'rEaqvJka48mpv' } } },
    ],
    [
      'application credential by name + user id',
      { authUrl, applicationCredentialName: 'monitoring', applicationCredentialSecret: 's', userId: 'u1' },
      { identity: { methods: ['application_credential'], application_credential: { name: 'monitoring', user: { id: 'u1' }, secret: 's' } } },
    ],
    [
      'application credential by name + user name/domain',
      { authUrl, authType: 'v3applicationcredential' as const, applicationCredentialName: 'm', applicationCredentialSecret: 's', username: 'a', userDomainName: 'Default' },
      { identity: { methods: ['application_credential'], application_credential: { name: 'm', user: { name: 'a', domain: { name: 'Default' } }, secret: 's' } } },
    ],
    [
      'TOTP',
      { authUrl, authType: 'v3totp' as const, username: 'a', userDomainId: 'default', passcode: '123456', projectId: 'p1' },
      { identity: { methods: ['totp'], totp: { user: { name: 'a', domain: { id: 'default' }, passcode: '123456' } } }, scope: { project: { id: 'p1' } } },
    ],
  ])('%s', async (_label, options, expected) => {
    expect(await buildAuthRequestBody(options)).toEqual({ auth: expected });
  });

  it('reads secrets from getters at each call', async () => {
    let n = 0;
    const body = await buildAuthRequestBody({ authUrl, userId: 'u', passcode: () => String(++n).padStart(6, '0'), authType: 'totp' });
    expect(body).toEqual({ auth: { identity: { methods: ['totp'], totp: { user: { id: 'u', passcode: '000001' } } } } });
  });

  it.each([
    ['password without user', { authUrl, password: 'hunter2-secret' }, /password method needs a user/],
    ['user name without domain', { authUrl, username: 'a', password: 'hunter2-secret' }, /needs its domain/],
    ['project name without domain', { authUrl, userId: 'u', password: 'hunter2-secret', projectName: 'p' }, /project "p" needs its domain/],
    ['empty password', { authUrl, userId: 'u', password: '' }, /password is missing or empty/],
    ['app cred without id or name', { authUrl, authType: 'v3applicationcredential' as const, applicationCredentialSecret: 'hunter2-secret' }, /needs applicationCredentialId/],
  ])('rejects %s without echoing secrets', async (_label, options, message) => {
    const error = await buildAuthRequestBody(options).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });
});
