import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { RetryEvent } from '@stratus/core';
import {
  BadRequestError,
  ConflictError,
  createItsYouOnlineAuth,
  createOpenvCloudClient,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ServerError,
  SessionExpiredError,
  UnauthorizedError,
} from '../src/index.js';
import type { CloudapiComponents } from '../src/generated/apis/cloudapi.js';
import { fakeServices, G8, makeJwt } from './support/fake-services.js';

const fake = fakeServices();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => void (fake.requests.length = 0));
afterAll(() => fake.server.close());

const jwt = makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt }) });

describe('client.api.cloudapi', () => {
  it('images.list() posts an empty JSON body to /restmachine/cloudapi/images/list', async () => {
    fake.g8('/cloudapi/images/list', () => [{ id: 1, name: 'Ubuntu 16.04 x64', status: 'CREATED' }]);
    const images = await client.api.cloudapi.images.list();
    expect(images).toEqual([{ id: 1, name: 'Ubuntu 16.04 x64', status: 'CREATED' }]);
    const [request] = fake.g8Requests();
    expect(request!.method).toBe('POST');
    expect(request!.url.toString()).toBe(`${G8}/restmachine/cloudapi/images/list`);
    expect(request!.headers.get('authorization')).toBe(`bearer ${jwt}`);
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.body).toBe('{}');
  });

  it('machines.create(...) sends the params as JSON and returns the machine id', async () => {
    fake.g8('/cloudapi/machines/create', () => 1234);
    const id = await client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'web-1', imageId: 3, disksize: 10, sizeId: 2, datadisks: [20] });
    expect(id).toBe(1234);
    expectTypeOf(id).toEqualTypeOf<number>();
    const [request] = fake.g8Requests();
    expect(request!.url.pathname).toBe('/restmachine/cloudapi/machines/create');
    expect(JSON.parse(request!.body)).toEqual({ cloudspaceId: 7, name: 'web-1', imageId: 3, disksize: 10, sizeId: 2, datadisks: [20] });
  });

  it('reaches the methods the overlay adds and the cloudbroker app', async () => {
    fake.g8('/cloudapi/machines/getByReferenceId', () => 99);
    fake.g8('/cloudbroker/account/create', () => 5);
    await expect(client.api.cloudapi.machines.getByReferenceId({ referenceId: 'abc' })).resolves.toBe(99);
    await expect(client.api.cloudbroker.account.create({ name: 'acme', username: 'alice@itsyouonline' })).resolves.toBe(5);
    expect(fake.g8Requests().map((r) => r.url.pathname)).toEqual(['/restmachine/cloudapi/machines/getByReferenceId', '/restmachine/cloudbroker/account/create']);
  });

  it('accepts a host-only or /restmachine URL', () => {
    expect(createOpenvCloudClient({ url: 'g8.example.com', auth: createItsYouOnlineAuth({ jwt }) }).url).toBe('https://g8.example.com/restmachine');
    expect(createOpenvCloudClient({ url: 'https://g8.example.com/restmachine/', auth: createItsYouOnlineAuth({ jwt }) }).url).toBe('https://g8.example.com/restmachine');
  });

  it('is not thenable and ignores symbols', async () => {
    const tree = client.api.cloudapi as unknown as Record<string | symbol, unknown>;
    expect(tree['then']).toBeUndefined();
    expect(tree[Symbol.iterator]).toBeUndefined();
    expect(await Promise.resolve(client.api.cloudapi)).toBe(client.api.cloudapi);
  });

  it.each([
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [412, PreconditionFailedError],
    [419, SessionExpiredError],
    [500, ServerError],
    [503, ServerError],
  ])('maps HTTP %i onto %o', async (status, ErrorClass) => {
    fake.g8('/cloudapi/machines/start', () => HttpResponse.json(`machine 3 cannot start (${status})`, { status }));
    const error = await client.api.cloudapi.machines.start({ machineId: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, provider: 'openvcloud', method: 'POST' });
    expect((error as Error).message).toContain(`machine 3 cannot start (${status})`);
    expect(JSON.stringify(error)).not.toContain(jwt);
  });
});

describe('maxRetries', () => {
  /** Answers `path` with a 503 (Retry-After: 0, so no wait) `failures` times, then with `result`. */
  function failingThen(path: string, failures: number, result: unknown) {
    let calls = 0;
    fake.g8(path, () => (calls++ < failures ? HttpResponse.json('busy', { status: 503, headers: { 'retry-after': '0' } }) : result));
  }
  const sent = (path: string) => fake.g8Requests().filter((r) => r.url.pathname === `/restmachine${path}`).length;

  it.each(['/cloudapi/images/list', '/cloudapi/machines/get', '/cloudapi/machines/getByReferenceId', '/cloudapi/machines/listSnapshots', '/cloudapi/users/isValidInviteUserToken'])(
    'retries the read %s after a retryable status (twice by default)',
    async (path) => {
      failingThen(path, 2, 'ok');
      await expect(client.call(path as `/${string}`, {})).resolves.toBe('ok');
      expect(sent(path)).toBe(3);
    },
  );

  it.each(['/cloudapi/machines/start', '/cloudapi/machines/create', '/cloudapi/users/updateUser', '/cloudapi/accounts/deleteUser'])('sends %s (it changes state) once', async (path) => {
    failingThen(path, 1, 'ok');
    await expect(client.call(path as `/${string}`, {})).rejects.toBeInstanceOf(ServerError);
    expect(sent(path)).toBe(1);
  });

  it('maxRetries bounds the retries of a read; 0 sends it once', async () => {
    const once = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt }), maxRetries: 0 });
    failingThen('/cloudapi/images/list', 1, []);
    await expect(once.api.cloudapi.images.list()).rejects.toBeInstanceOf(ServerError);
    expect(sent('/cloudapi/images/list')).toBe(1);
    fake.requests.length = 0;
    const three = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt }), maxRetries: 3 });
    failingThen('/cloudapi/images/list', 3, []);
    await expect(three.api.cloudapi.images.list()).resolves.toEqual([]);
    expect(sent('/cloudapi/images/list')).toBe(4);
  });

  it('retryDelay sets the backoff and onRetry hears each retry, as on the other Stratus clients', async () => {
    const events: RetryEvent[] = [];
    const quick = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt }), retryDelay: { baseMs: 0, maxMs: 0 }, onRetry: (event) => events.push(event) });
    let calls = 0;
    // No Retry-After: the wait is the backoff's, 0 here (500 ms and up by default).
    fake.g8('/cloudapi/images/list', () => (calls++ < 2 ? HttpResponse.json('busy', { status: 503 }) : HttpResponse.json([])));
    await expect(quick.api.cloudapi.images.list()).resolves.toEqual([]);
    expect(events.map(({ attempt, delayMs, reason, method }) => ({ attempt, delayMs, reason, method }))).toEqual([
      { attempt: 1, delayMs: 0, reason: 'HTTP 503', method: 'POST' },
      { attempt: 2, delayMs: 0, reason: 'HTTP 503', method: 'POST' },
    ]);
  });
});

describe('types', () => {
  it('types params and results from the generated cloudapi descriptor', () => {
    expectTypeOf(client.api.cloudapi.images.list).returns.resolves.toEqualTypeOf<CloudapiComponents['schemas']['OVCImageInfo'][]>();
    expectTypeOf(client.api.cloudapi.machines.get).parameter(0).toEqualTypeOf<{ machineId: number }>();
    expectTypeOf(client.api.cloudapi.machines.get).returns.resolves.toEqualTypeOf<CloudapiComponents['schemas']['OVCMachineInfo']>();
    expectTypeOf(client.api.cloudapi.cloudspaces.create).returns.resolves.toEqualTypeOf<number>();
    expectTypeOf(client.api.cloudapi.users.authenticate).returns.resolves.toEqualTypeOf<string>();
  });

  it('rejects unknown actors, methods and params at compile time', () => {
    // Never run: each call only has to fail to compile (vitest's typecheck run checks the @ts-expect-error).
    const never = (_call: () => unknown): void => undefined;
    // @ts-expect-error no such method
    never(() => client.api.cloudapi.images.explode());
    // @ts-expect-error no such actor
    never(() => client.api.cloudapi.spaceships.list());
    // @ts-expect-error machineId is required
    never(() => client.api.cloudapi.machines.get({}));
    // @ts-expect-error machineId is a number
    never(() => client.api.cloudapi.machines.get({ machineId: '3' }));
    // @ts-expect-error unknown parameter
    never(() => client.api.cloudapi.machines.stop({ machineId: 3, hard: true }));
    // @ts-expect-error params are required for machines.create
    never(() => client.api.cloudapi.machines.create());
  });
});
