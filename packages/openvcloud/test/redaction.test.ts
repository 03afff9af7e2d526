import { inspect } from 'node:util';
import { HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenvCloudClient, createItsYouOnlineAuth } from '../src/index.js';
import { APP_ID, fakeServices, G8, IYO, makeJwt, SECRET } from './support/fake-services.js';

const fake = fakeServices();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => fake.server.close());

describe('redaction', () => {
  it('keeps JWTs, secrets and session keys out of API errors', async () => {
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    fake.g8('/cloudapi/machines/get', (request) =>
      HttpResponse.json({ error: `denied for ${request.headers.get('authorization')}`, secret: SECRET, authkey: 'session-xyz' }, { status: 403, headers: { 'set-cookie': 'beaker.session.id=abc' } }),
    );
    const error = await client.api.cloudapi.machines.get({ machineId: 1 }).catch((e: unknown) => e);
    const jwt = fake.state.issued[0]!;
    for (const rendered of [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(rendered).not.toContain(jwt);
      expect(rendered).not.toContain(SECRET);
      expect(rendered).not.toContain('session-xyz');
      expect(rendered).not.toContain('beaker.session.id=abc');
    }
  });

  it('keeps a given JWT out of auth errors', async () => {
    const jwt = makeJwt({ exp: 1, refresh_token: 'rt' });
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt, iyoUrl: IYO }) });
    const error = await client.api.cloudapi.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.stringify(error)).not.toContain(jwt);
    expect(inspect(error, { depth: 5 })).not.toContain(jwt);
  });
});
