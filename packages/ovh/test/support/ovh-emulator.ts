import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the emulator saw, after verification. */
export interface EmulatedRequest {
  method: string;
  /** Full URL as signed by clients: http://127.0.0.1:port + raw path and query. */
  url: string;
  /** Path without query, e.g. "/1.0/me". */
  path: string;
  query: URLSearchParams;
  /** Raw body text (UTF-8). */
  body: string;
  headers: IncomingHttpHeaders;
  /** Whether the request carried a signature (valid or not). */
  signed: boolean;
  /** How the request was judged: "ok", or the OVH errorCode it was rejected with. */
  verdict: string;
}

export interface EmulatedReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: EmulatedRequest) => EmulatedReply | Promise<EmulatedReply>;

export interface OvhEmulatorOptions {
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  /** Server clock minus real time, in seconds (OVH's clock vs a drifting client). */
  clockOffsetSeconds?: number;
  /** Largest accepted |timestamp - server time|. Default 5 s. */
  toleranceSeconds?: number;
}

export interface OvhEmulator {
  /** e.g. http://127.0.0.1:54321 */
  origin: string;
  /** origin + "/1.0": pass as the client endpoint. */
  baseUrl: string;
  requests: EmulatedRequest[];
  /** Registers a route. `path` may contain {placeholders}; `auth: false` routes are noAuthentication. */
  route(method: string, path: string, handler: Handler, options?: { auth?: boolean }): void;
  setClockOffset(seconds: number): void;
  /** Server time as Unix seconds. */
  serverTime(): number;
  close(): Promise<void>;
}

// Independent of Date.now so tests can skew the client clock without moving the server's.
const realNowMs = () => performance.timeOrigin + performance.now();

/**
 * A loopback OVH API: serves /1.0/auth/time with a clock offset and verifies every signed request
 * the way OVH does — application key, consumer key, timestamp within tolerance, and the SHA-1
 * signature recomputed from the received method, full URL, raw body bytes and timestamp.
 */
export async function startOvhEmulator(options: OvhEmulatorOptions): Promise<OvhEmulator> {
  let offset = options.clockOffsetSeconds ?? 0;
  const tolerance = options.toleranceSeconds ?? 5;
  const serverTime = () => Math.floor(realNowMs() / 1000) + offset;
  const routes: { method: string; pattern: RegExp; handler: Handler; auth: boolean }[] = [];
  const requests: EmulatedRequest[] = [];
  let origin = '';

  const route: OvhEmulator['route'] = (method, path, handler, routeOptions = {}) => {
    const source = path.split(/(\{[^{}]+\})/).map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
    routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), handler, auth: routeOptions.auth ?? true });
  };
  route('GET', '/1.0/auth/time', () => ({ body: serverTime() }), { auth: false });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => reply(res, { status: 500, body: { message: String(error) } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const rawUrl = req.url ?? '/';
    const [path = '/', query = ''] = rawUrl.split('?', 2);
    const request: EmulatedRequest = {
      method: req.method ?? 'GET',
      url: origin + rawUrl,
      path,
      query: new URLSearchParams(query),
      body: rawBody.toString('utf8'),
      headers: req.headers,
      signed: req.headers['x-ovh-signature'] !== undefined,
      verdict: 'ok',
    };
    requests.push(request);

    const match = routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(path));
    if (!match) return reject(res, request, 404, { class: 'Client::NotFound', message: `Got an invalid (or empty) URL` }, 'NOT_FOUND');

    if (match.auth) {
      const failure = verifySignature(req.headers, request.method, request.url, rawBody);
      if (failure) return reject(res, request, failure.status, failure.body, failure.body.errorCode);
    }
    reply(res, await match.handler(request));
  }

  function verifySignature(headers: IncomingHttpHeaders, method: string, url: string, body: Buffer) {
    const error = (status: number, errorCode: string, message: string) => ({
      status,
      body: { errorCode, httpCode: `${status} ${status === 400 ? 'Bad Request' : 'Forbidden'}`, message },
    });
    if (headers['x-ovh-application'] !== options.applicationKey) return error(403, 'INVALID_KEY', 'This application key is invalid');
    if (headers['x-ovh-consumer'] !== options.consumerKey) return error(403, 'INVALID_CREDENTIAL', 'This credential is not valid');
    const timestamp = Number(headers['x-ovh-timestamp']);
    if (!Number.isInteger(timestamp) || Math.abs(timestamp - serverTime()) > tolerance) return error(400, 'QUERY_TIME_OUT', 'Query out of time');
    const expected =
      '$1$' +
      createHash('sha1')
        .update(Buffer.concat([Buffer.from(`${options.applicationSecret}+${options.consumerKey}+${method}+${url}+`), body, Buffer.from(`+${timestamp}`)]))
        .digest('hex');
    if (headers['x-ovh-signature'] !== expected) return error(400, 'INVALID_SIGNATURE', 'Invalid signature');
    return undefined;
  }

  function reject(res: ServerResponse, request: EmulatedRequest, status: number, body: unknown, verdict: string): void {
    request.verdict = verdict;
    reply(res, { status, body });
  }

  function reply(res: ServerResponse, { status = 200, body, headers = {} }: EmulatedReply): void {
    const queryId = `EU.ext-emulator.${Date.now()}.${requests.length}`;
    if (body === undefined) {
      res.writeHead(status === 200 ? 204 : status, { 'X-Ovh-QueryID': queryId, ...headers }).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Ovh-QueryID': queryId, ...headers }).end(JSON.stringify(body));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: `${origin}/1.0`,
    requests,
    route,
    setClockOffset: (seconds) => {
      offset = seconds;
    },
    serverTime,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The same credentials as python-ovh / go-ovh tests ("real *revoked* credentials"). */
export const MOCK_CREDENTIALS = {
  applicationKey: 'TDPKJdwZwAQPwKX2',
  applicationSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
  consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
} as const;
