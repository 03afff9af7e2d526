import { createOvhClient, type OvhApi } from '@stratus/ovh';
import { createOvhAuthTimeHandler } from '@stratus/ovh/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The revoked credentials of python-ovh's and go-ovh's tests. */
export const CREDENTIALS = {
  applicationKey: 'TDPKJdwZwAQPwKX2',
  applicationSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
  consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
} as const;

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/1.0/me/bill?date.from=2024-01-01`. */
  path: string;
  body: string;
  signed: boolean;
}

/**
 * An msw server for one test file, with `GET /auth/time` answered, unhandled requests failing the
 * test, and every request recorded (method, path + query, raw body, whether it was signed).
 */
export function useMockOvh() {
  const server = setupServer();
  let pending: Promise<RecordedRequest>[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const clone = request.clone();
    pending.push(
      clone.text().then((body) => ({ method: request.method, path: url.pathname + url.search, body, signed: request.headers.has('x-ovh-signature') })),
    );
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    pending = [];
  });
  afterAll(() => server.close());

  return {
    /** Handlers for this test, on top of `GET /auth/time`. */
    use: (...handlers: Parameters<typeof server.use>) => server.use(createOvhAuthTimeHandler(), ...handlers),
    /** The requests made so far, in order, `GET /auth/time` excluded. */
    requests: async () => (await Promise.all(pending)).filter((request) => request.path !== '/1.0/auth/time'),
  };
}

/** A signed (AK/AS/CK) client on ovh-eu, as the examples' CLI builds from ovh.conf. */
export function signedClient<const Apis extends readonly OvhApi[]>(apis: Apis) {
  return createOvhClient({ ...CREDENTIALS, endpoint: 'ovh-eu', apis, retryDelay: { baseMs: 1, maxMs: 2 } });
}

/** An `io` that keeps what the example prints. */
export function captureIo() {
  const lines: string[] = [];
  return { lines, log: (line: string) => void lines.push(line) };
}
