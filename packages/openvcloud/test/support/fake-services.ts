import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const G8 = 'https://g8.test';
export const IYO = 'https://iyo.test';
export const APP_ID = 'app-id-123';
export const SECRET = 'iyo-secret-s3cr3t-value';

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An unsigned JWT with the given claims (the client never verifies signatures). */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'ES384', typ: 'JWT' })}.${base64url({ iss: 'itsyouonline', username: 'alice', azp: APP_ID, ...claims })}.c2lnbmF0dXJl`;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/**
 * Fake ItsYou.online + fake G8 portal on msw. `g8` answers `/restmachine/<path>` with the handler's
 * result (a value → 200 JSON; a Response as is); unknown paths answer 404 like the portal.
 */
export function fakeServices() {
  const requests: RecordedRequest[] = [];
  const g8Routes = new Map<string, (request: RecordedRequest) => unknown>();
  let nowSeconds = () => Math.floor(Date.now() / 1000);
  let tokenCounter = 0;
  const state = {
    jwtValidity: 3600,
    refreshable: true,
    rejectCredentials: false,
    issued: [] as string[],
  };
  const record = async (request: Request): Promise<RecordedRequest> => {
    const recorded = { method: request.method, url: new URL(request.url), headers: new Headers([...request.headers]), body: await request.text() };
    requests.push(recorded);
    return recorded;
  };
  const issue = () => {
    const jwt = makeJwt({ exp: nowSeconds() + state.jwtValidity, n: ++tokenCounter, ...(state.refreshable ? { refresh_token: 'rt-' + tokenCounter } : {}) });
    state.issued.push(jwt);
    return jwt;
  };
  const server = setupServer(
    http.post(`${IYO}/v1/oauth/access_token`, async ({ request }) => {
      const recorded = await record(request);
      const form = new URLSearchParams(recorded.body);
      if (state.rejectCredentials || form.get('client_secret') !== SECRET) return HttpResponse.json({ error: 'invalid client_secret ' + form.get('client_secret') }, { status: 401 });
      return HttpResponse.text(issue());
    }),
    http.get(`${IYO}/v1/oauth/jwt/refresh`, async ({ request }) => {
      const recorded = await record(request);
      const old = recorded.headers.get('authorization')?.replace(/^bearer /i, '');
      if (!old || !state.issued.includes(old)) return new HttpResponse('unknown jwt', { status: 401 });
      await new Promise((resolve) => setTimeout(resolve, 10));
      return HttpResponse.text(issue());
    }),
    http.all(`${G8}/restmachine/*`, async ({ request }) => {
      const recorded = await record(request);
      const path = recorded.url.pathname.replace(/^\/restmachine/, '');
      const route = g8Routes.get(path);
      if (!route) return HttpResponse.json(`Method ${path} not found`, { status: 404 });
      const result = await route(recorded);
      return result instanceof Response ? result : HttpResponse.json(result as never);
    }),
  );
  return {
    server,
    requests,
    state,
    g8: (path: string, handler: (request: RecordedRequest) => unknown) => void g8Routes.set(path, handler),
    setClock: (seconds: () => number) => {
      nowSeconds = seconds;
    },
    g8Requests: () => requests.filter((r) => r.url.origin === G8),
    iyoRequests: () => requests.filter((r) => r.url.origin === IYO),
  };
}
