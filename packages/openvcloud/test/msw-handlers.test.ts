import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { cloudapi } from '../src/generated/apis/cloudapi.js';
import { cloudbroker } from '../src/generated/apis/cloudbroker.js';
import { ConflictError, createOpenvCloudClient, decodeJwtClaims, OpenvCloudAuthError, OpenvCloudTaskFailedError } from '../src/index.js';
import { createItsYouOnlineHandlers, createOpenvCloudErrorResponse, createOpenvCloudHandlers } from '../src/msw/index.js';

const G8 = 'https://g8.msw.test';
const IYO = 'https://iyo.msw.test';
const APP = { applicationId: 'msw-app', secret: 'msw-secret-value' };

const g8 = createOpenvCloudHandlers([cloudapi, cloudbroker], { url: G8, pendingPolls: 2 });
const iyo = createItsYouOnlineHandlers({ iyoUrl: IYO, ...APP, username: 'bob' });
const server = setupServer(...iyo.handlers, g8.tasks());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createOpenvCloudClient({ url: G8, iyoUrl: IYO, ...APP, taskPolling: { intervalMs: 1 } });

describe('@stratus/openvcloud/msw', () => {
  it('serves typed results for typed paths and hands the resolver the params', async () => {
    const seen: unknown[] = [];
    server.use(
      g8.post('/cloudapi/images/list', () => [{ id: 1, name: 'Ubuntu 16.04 x64' }]),
      g8.post('/cloudapi/machines/create', ({ body, request }) => {
        expectTypeOf(body.cloudspaceId).toEqualTypeOf<number>();
        seen.push(body, request.headers.get('authorization')?.split(' ')[0]);
        return 77;
      }),
      g8.post('/cloudbroker/account/create', ({ body }) => (body.name === 'taken' ? createOpenvCloudErrorResponse(409, 'Account name is already in use') : 5)),
    );
    await expect(client.api.cloudapi.images.list()).resolves.toEqual([{ id: 1, name: 'Ubuntu 16.04 x64' }]);
    await expect(client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'vm', imageId: 1, disksize: 10 })).resolves.toBe(77);
    expect(seen).toEqual([{ cloudspaceId: 7, name: 'vm', imageId: 1, disksize: 10 }, 'bearer']);
    await expect(client.api.cloudbroker.account.create({ name: 'taken', username: 'bob@itsyouonline' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('turns _async calls into tasks that tasks() reports after pendingPolls polls', async () => {
    let asyncSeen: boolean | undefined;
    server.use(
      g8.post('/cloudapi/machines/stop', ({ body, async }) => {
        asyncSeen = async;
        expect(body).toEqual({ machineId: 3 });
        return true;
      }),
      g8.post('/cloudapi/machines/start', () => createOpenvCloudErrorResponse(412, 'Machine is locked')),
    );
    await expect(client.api.cloudapi.machines.stop({ machineId: 3 }, { async: true })).resolves.toBe(true);
    expect(asyncSeen).toBe(true);
    const error = await client.api.cloudapi.machines.start({ machineId: 3 }, { async: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudTaskFailedError);
    expect((error as Error).message).toMatch(/^\[@stratus\/openvcloud\] task msw-task-\d+ \(\/cloudapi\/machines\/start\) failed: Machine is locked$/);
  });

  it('fakes ItsYou.online: JWTs for the right credentials (username claim), 401 otherwise', async () => {
    const login = await client.login();
    expect(login).toBe('bob@itsyouonline');
    expect(decodeJwtClaims(iyo.issued.at(-1)!)).toMatchObject({ iss: 'itsyouonline', username: 'bob', azp: 'msw-app' });
    const wrong = createOpenvCloudClient({ url: G8, iyoUrl: IYO, applicationId: 'msw-app', secret: 'not-the-secret' });
    server.use(g8.post('/cloudapi/accounts/list', () => []));
    await expect(wrong.api.cloudapi.accounts.list()).rejects.toBeInstanceOf(OpenvCloudAuthError);
  });

  it('types paths and results', () => {
    // Never run: each call only has to fail to compile (vitest's typecheck run checks the @ts-expect-error).
    const never = (_call: () => unknown): void => undefined;
    // @ts-expect-error no such method
    never(() => g8.post('/cloudapi/machines/explode', () => true));
    // @ts-expect-error machines/create returns a number
    never(() => g8.post('/cloudapi/machines/create', () => 'id'));
    expect(g8.url).toBe(`${G8}/restmachine`);
  });
});
