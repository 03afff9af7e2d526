import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  AbortError,
  createOpenvCloudClient,
  NotFoundError,
  InvalidConfigurationError,
  OpenvCloudTaskError,
  OpenvCloudTaskFailedError,
  OpenvCloudTaskTimeoutError,
  ServerError,
  waitForTask,
} from '../src/index.js';
import { fakeServices, G8 } from './support/fake-services.js';

const fake = fakeServices();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => void (fake.requests.length = 0));
afterAll(() => fake.server.close());

const PASSWORD = 'legacy-pa55word-value';
fake.g8('/cloudapi/users/authenticate', () => 'session-key-1');
const client = createOpenvCloudClient({ url: G8, login: 'alice', password: PASSWORD, taskPolling: { intervalMs: 2 } });

/** Answers system/task/get with the given answers in turn (the last one repeats). */
function taskAnswers(...answers: unknown[]) {
  let polls = 0;
  fake.g8('/system/task/get', () => answers[Math.min(polls++, answers.length - 1)]);
  return () => polls;
}

const taskPolls = () => fake.g8Requests().filter((r) => r.url.pathname === '/restmachine/system/task/get');

describe('{ async: true }', () => {
  it('sends _async, polls system/task/get with the task guid until [true, result] and resolves to the result', async () => {
    fake.g8('/cloudapi/machines/create', () => 'task-guid-1');
    taskAnswers(HttpResponse.json('Task not found', { status: 404 }), null, [], [true, 1234]);
    const id = await client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'web-1', imageId: 3, disksize: 10 }, { async: true });
    expect(id).toBe(1234);
    expectTypeOf(id).toEqualTypeOf<number>();
    const [create] = fake.g8Requests().filter((r) => r.url.pathname.endsWith('/machines/create'));
    expect(JSON.parse(create!.body)).toEqual({ cloudspaceId: 7, name: 'web-1', imageId: 3, disksize: 10, _async: true });
    const polls = taskPolls();
    expect(polls).toHaveLength(4);
    for (const poll of polls) {
      expect(JSON.parse(poll.body)).toEqual({ taskguid: 'task-guid-1' });
      expect(poll.headers.get('authorization')).toBe('authkey session-key-1');
    }
  });

  it('works for methods without params', async () => {
    fake.g8('/cloudapi/images/list', () => 'task-guid-2');
    taskAnswers([true, [{ id: 1, name: 'Ubuntu 16.04 x64' }]]);
    await expect(client.api.cloudapi.images.list(undefined, { async: true })).resolves.toEqual([{ id: 1, name: 'Ubuntu 16.04 x64' }]);
    expect(JSON.parse(fake.g8Requests()[0]!.body)).toEqual({ _async: true });
  });

  it('rejects with OpenvCloudTaskFailedError naming the task when the task answers [false, error], secrets scrubbed', async () => {
    fake.g8('/cloudapi/machines/start', () => 'task-guid-3');
    taskAnswers([false, `machine 3 is locked (password ${PASSWORD})`]);
    const error = await client.api.cloudapi.machines.start({ machineId: 3 }, { async: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudTaskFailedError);
    expect(error).toBeInstanceOf(OpenvCloudTaskError);
    expect(error).toMatchObject({ taskGuid: 'task-guid-3', path: '/cloudapi/machines/start' });
    expect((error as Error).message).toBe('[@stratus/openvcloud] task task-guid-3 (/cloudapi/machines/start) failed: machine 3 is locked (password [REDACTED])');
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  });

  it('rejects with OpenvCloudTaskTimeoutError naming the task after timeoutMs', async () => {
    fake.g8('/cloudapi/machines/stop', () => 'task-guid-4');
    const polls = taskAnswers(null);
    const error = await client.api.cloudapi.machines.stop({ machineId: 3 }, { async: { timeoutMs: 40, intervalMs: 5 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudTaskTimeoutError);
    expect(error).toMatchObject({ taskGuid: 'task-guid-4', timeoutMs: 40 });
    expect((error as Error).message).toBe('[@stratus/openvcloud] task task-guid-4 (/cloudapi/machines/stop) did not finish within 40 ms; it may still be running on the portal');
    // At least one poll happened (more on an idle machine; a loaded one may spend the 40 ms in the first).
    expect(polls()).toBeGreaterThanOrEqual(1);
  });

  it('stops polling when the signal aborts', async () => {
    // Fake timers: the polling interval elapses on demand, so no wall-clock window decides the outcome.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fake.g8('/cloudapi/machines/reboot', () => 'task-guid-5');
      const polls = taskAnswers(null);
      const controller = new AbortController();
      const pending = client.api.cloudapi.machines.reboot({ machineId: 3 }, { signal: controller.signal, async: { intervalMs: 20 } });
      await vi.waitFor(() => expect(polls()).toBeGreaterThan(1), { timeout: 60_000 });
      const reason = new Error('user gave up');
      controller.abort(reason);
      // The caller's reason when the abort lands between polls, an AbortError caused by it during a poll request.
      const error = await pending.catch((e: unknown) => e);
      expect(error === reason || (error instanceof AbortError && error.cause === reason)).toBe(true);
      const seen = polls();
      await vi.advanceTimersByTimeAsync(1_000); // fifty polling intervals
      expect(polls()).toBe(seen);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails clearly when the portal answers something else than a task guid', async () => {
    fake.g8('/cloudapi/machines/pause', () => true);
    const error = await client.api.cloudapi.machines.pause({ machineId: 3 }, { async: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudTaskError);
    expect((error as Error).message).toBe('[@stratus/openvcloud] /cloudapi/machines/pause with _async answered true instead of a task guid');
  });

  it('fails clearly on an answer that is not [success, result], and passes portal errors through', async () => {
    fake.g8('/cloudapi/machines/resume', () => 'task-guid-6');
    taskAnswers({ state: 'weird' });
    await expect(client.api.cloudapi.machines.resume({ machineId: 3 }, { async: true })).rejects.toThrow(
      '[@stratus/openvcloud] task task-guid-6 (/cloudapi/machines/resume): system/task/get answered {"state":"weird"}, expected [success, result]',
    );
    // system/task/get is a read: a 500 is retried (twice by default) before it becomes the error.
    fake.requests.length = 0;
    fake.g8('/system/task/get', () => HttpResponse.json('internal error', { status: 500, headers: { 'retry-after': '0' } }));
    await expect(client.api.cloudapi.machines.resume({ machineId: 3 }, { async: true })).rejects.toBeInstanceOf(ServerError);
    expect(taskPolls()).toHaveLength(3);
  });

  it('client.waitForTask waits for a task started elsewhere', async () => {
    taskAnswers(null, [true, 'done']);
    await expect(client.waitForTask('task-guid-7')).resolves.toBe('done');
    expect(taskPolls().map((r) => JSON.parse(r.body))).toEqual([{ taskguid: 'task-guid-7' }, { taskguid: 'task-guid-7' }]);
  });

  it('rejects bad polling options with a config error naming the option', async () => {
    fake.g8('/cloudapi/machines/reset', () => 'task-guid-8');
    taskAnswers(null);
    await expect(client.api.cloudapi.machines.reset({ machineId: 3 }, { async: { timeoutMs: -1 } })).rejects.toThrow(
      new InvalidConfigurationError('[@stratus/openvcloud] async.timeoutMs must be a positive number of milliseconds, got -1'),
    );
  });
});

describe('waitForTask backoff', () => {
  afterEach(() => void vi.useRealTimers());

  it('waits intervalMs, then backoffFactor times longer each poll, capped at maxIntervalMs', async () => {
    vi.useFakeTimers({ now: 0 });
    const at: number[] = [];
    const poll = async () => {
      at.push(Date.now());
      return at.length < 6 ? null : [true, 'ok'];
    };
    const result = waitForTask(poll, 'g', { path: '/cloudapi/x/y', intervalMs: 100, backoffFactor: 2, maxIntervalMs: 500 });
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toBe('ok');
    expect(at).toEqual([0, 100, 300, 700, 1200, 1700]);
  });

  it('treats 404 as "not registered yet" but rethrows other errors', async () => {
    let calls = 0;
    const notFound = new NotFoundError({ message: 'no task', status: 404, method: 'POST', url: `${G8}/restmachine/system/task/get` });
    await expect(waitForTask(async () => (++calls < 3 ? Promise.reject(notFound) : [true, 1]), 'g', { path: '/p', intervalMs: 1 })).resolves.toBe(1);
    await expect(waitForTask(async () => Promise.reject(new TypeError('fetch failed')), 'g', { path: '/p', intervalMs: 1 })).rejects.toThrow('fetch failed');
  });
});
