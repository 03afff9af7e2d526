import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createOvhClient } from '../src/index.js';
// The generated entry points, exactly as `@stratus/ovh/<api>` resolves them (`./*` export pattern).
import { allApis } from '../src/generated/apis/all.js';
import { auth } from '../src/generated/apis/auth.js';
import { me } from '../src/generated/apis/me.js';
import { v2Iam } from '../src/generated/apis/v2/iam.js';
// Per-endpoint entry points export `<api><Endpoint>`, so they import beside the EU/CA ones without aliases.
import { dedicatedServerKimsufiEu } from '../src/generated/apis/kimsufi-eu/dedicated/server.js';
import { allApisUs } from '../src/generated/apis/us/all.js';
import { cloudUs } from '../src/generated/apis/us/cloud.js';
import { meUs } from '../src/generated/apis/us/me.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('generated API entry points', () => {
  it('describe every API of the EU/CA catalogue', () => {
    expect(allApis.length).toBe(83); // 70 v1 + 14 v2, minus /products which has models but no operations
    expect(allApis.map((api) => api.name)).toContain('dedicated/server');
    expect(allApis.map((api) => api.name)).toContain('v2/iam');
  });

  it('carry the schema\'s noAuthentication operations, and nothing else, as unauthenticated', () => {
    expect(auth.unauthenticated).toContain('GET /auth/time');
    expect(auth.unauthenticated).toContain('POST /auth/credential');
    expect(auth.unauthenticated).not.toContain('GET /auth/currentCredential');
    expect(me.unauthenticated).toEqual(['POST /me/geolocation', 'POST /me/passwordRecover']);
  });

  it('type and route real v1 and v2 calls, unsigned where the schema says so', async () => {
    const seen: { url: string; signed: boolean }[] = [];
    const record = (request: Request) => seen.push({ url: request.url, signed: request.headers.has('x-ovh-signature') });
    server.use(
      http.get('https://eu.api.ovh.com/1.0/auth/time', ({ request }) => (record(request), HttpResponse.json(Math.floor(Date.now() / 1000)))),
      http.get('https://eu.api.ovh.com/1.0/me', ({ request }) => (record(request), HttpResponse.json({ nichandle: 'xx1-ovh', firstname: 'Ada' }))),
      http.get('https://eu.api.ovh.com/v2/iam/policy', ({ request }) => (record(request), HttpResponse.json([]))),
    );
    const client = createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck', apis: [me, v2Iam, auth] });
    const account = await client.get('/me');
    // OVH answers whole objects: a property that cannot be null is there; one that can may be null or left out.
    expectTypeOf(account.nichandle).toEqualTypeOf<string>();
    expectTypeOf(account.firstname).toEqualTypeOf<string | null | undefined>();
    expect(account.firstname).toBe('Ada');
    expect(await client.get('/v2/iam/policy')).toEqual([]);
    expect(seen.map((s) => `${s.url} ${s.signed ? 'signed' : 'unsigned'}`)).toEqual([
      'https://eu.api.ovh.com/1.0/auth/time unsigned',
      'https://eu.api.ovh.com/1.0/me signed',
      'https://eu.api.ovh.com/v2/iam/policy signed',
    ]);
  });

  it('keep request bodies as loose as the schema: only its required properties, no read-only ones', async () => {
    server.use(http.put('https://eu.api.ovh.com/1.0/me', () => new HttpResponse(null, { status: 204 })), http.get('https://eu.api.ovh.com/1.0/auth/time', () => HttpResponse.json(Math.floor(Date.now() / 1000))));
    const client = createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck', apis: [me] });
    // The answer type requires nichandle, email…; the PUT body (nichandle.Nichandle_input) requires none of them.
    await expect(client.put('/me', { firstname: 'Ada' })).resolves.toBeUndefined();
    const readOnlyInBody = () =>
      // @ts-expect-error — nichandle is read-only: server-set, not part of the body
      client.put('/me', { nichandle: 'xx1-ovh' });
    expectTypeOf(readOnlyInBody).toBeFunction();
  });

  it('give other endpoints their own API sets, under names of their own', () => {
    expect(dedicatedServerKimsufiEu.name).toBe('dedicated/server');
    expect(cloudUs.name).toBe('cloud');
    expect(meUs.name).toBe(me.name);
    expect(meUs).not.toBe(me);
    expect(allApisUs).toContain(meUs);
    expect(allApisUs).not.toContain(me);
    const kimsufi = createOvhClient({ endpoint: 'kimsufi-eu', accessToken: 't', apis: [dedicatedServerKimsufiEu] });
    // Type-level only: a path the EU catalogue has but Kimsufi does not serve is rejected.
    const notOnKimsufi = () =>
      // @ts-expect-error — /me is not part of the kimsufi-eu dedicated/server API
      kimsufi.get('/me');
    expectTypeOf(notOnKimsufi).toBeFunction();
  });

  it('export no name twice across the whole catalogue, every endpoint included', () => {
    const root = join(import.meta.dirname, '../src/generated/apis');
    const modules = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of modules) {
      const text = readFileSync(join(root, file), 'utf8');
      // `export type { components as MeComponents }` exports MeComponents; the others name what they declare.
      for (const [, alias, declared] of text.matchAll(/^export (?:type \{ (?:\w+ as )?(\w+) \}|(?:interface|type|const) (\w+))/gm)) {
        const name = (alias ?? declared)!;
        if (owner.has(name)) clashes.push(`${name}: ${owner.get(name)} and ${file}`);
        owner.set(name, file);
      }
    }
    expect(modules.length).toBeGreaterThan(100);
    expect(owner.has('paths') || owner.has('components')).toBe(false);
    expect(clashes).toEqual([]);
  });
});
