import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeoutError } from '../src/errors/transport-errors.js';
import { timeoutPolicy } from '../src/transport/timeout-policy.js';
import { startLoopbackServer, type LoopbackServer } from './support/loopback-server.js';

let server: LoopbackServer;
let closedBeforeResponse = 0;

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.url === '/fast') {
      response.end('ok');
    } else if (request.url === '/slow-body') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":'); // …and never finishes
    } else {
      // /hang: never answers; count the client giving up
      request.socket.on('close', () => closedBeforeResponse++);
    }
  });
});
afterAll(() => server.close());

const send = (request: Request) => fetch(request);

describe('timeoutPolicy', () => {
  it('passes a fast response through', async () => {
    const response = await timeoutPolicy(5_000)(new Request(`${server.url}/fast`), send);
    expect(await response.text()).toBe('ok');
  });

  it('aborts a hanging attempt with TimeoutError and closes the connection', async () => {
    const error = await timeoutPolicy(50)(new Request(`${server.url}/hang`), send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    await expect.poll(() => closedBeforeResponse).toBeGreaterThan(0);
  });

  it('also covers body reads done further down the pipeline', async () => {
    const readsBody = async (request: Request) => {
      const response = await fetch(request);
      return new Response(await response.text(), response);
    };
    await expect(timeoutPolicy(50)(new Request(`${server.url}/slow-body`), readsBody)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('lets the caller abort with its own reason (not a TimeoutError)', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = timeoutPolicy(60_000)(new Request(`${server.url}/hang`, { signal: controller.signal }), send);
    setTimeout(() => controller.abort(reason), 10);
    await expect(pending).rejects.toBe(reason);
  });

  it('works on runtimes without AbortSignal.any', async () => {
    const original = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      await expect(timeoutPolicy(30)(new Request(`${server.url}/hang`), send)).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const reason = new Error('caller');
      const pending = timeoutPolicy(60_000)(new Request(`${server.url}/hang`, { signal: controller.signal }), send);
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect((await timeoutPolicy(5_000)(new Request(`${server.url}/fast`), send)).status).toBe(200);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: original, configurable: true, writable: true });
    }
  });

  it('is a pass-through when disabled with 0', async () => {
    const request = new Request(`${server.url}/fast`);
    let received: Request | undefined;
    await timeoutPolicy(0)(request, async (r) => {
      received = r;
      return new Response();
    });
    expect(received).toBe(request);
  });
});
