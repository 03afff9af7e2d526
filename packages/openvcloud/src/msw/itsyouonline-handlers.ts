import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_IYO_URL } from '../auth/create-itsyouonline-auth.js';
import { decodeJwtClaims } from '../auth/decode-jwt.js';

export interface ItsYouOnlineHandlersOptions {
  /** Default https://itsyou.online (the client's default). */
  iyoUrl?: string;
  /** The API key the fake accepts; any other answers 401. */
  applicationId: string;
  secret: string;
  /** `username` claim. Default `alice` (the portal user becomes `alice@itsyouonline`). */
  username?: string;
  /** Seconds until `exp`. Default 3600. */
  validity?: number;
  /** Issue JWTs with a `refresh_token` claim (scope offline_access). Default true. */
  refreshable?: boolean;
  /** Clock in ms, for `exp`. Default Date.now. */
  now?: () => number;
}

export interface ItsYouOnlineFake {
  /** `POST /v1/oauth/access_token` and `GET /v1/oauth/jwt/refresh`. */
  handlers: HttpHandler[];
  /** Every JWT issued so far, in order. */
  readonly issued: readonly string[];
}

/**
 * A fake ItsYou.online for tests: client credentials → an unsigned JWT with `iss: itsyouonline`,
 * `username`, `azp`, `exp` (the client never verifies signatures; the portal does), refreshable with
 * any JWT it issued. Wrong credentials or unknown JWTs answer 401.
 */
export function createItsYouOnlineHandlers(options: ItsYouOnlineHandlersOptions): ItsYouOnlineFake {
  const iyoUrl = (options.iyoUrl ?? DEFAULT_IYO_URL).replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const issued: string[] = [];
  const issue = (validity: number) => {
    const n = issued.length + 1;
    const claims = {
      iss: 'itsyouonline',
      username: options.username ?? 'alice',
      azp: options.applicationId,
      scope: ['user:admin'],
      exp: Math.floor(now() / 1000) + validity,
      ...(options.refreshable === false ? {} : { refresh_token: `fake-refresh-${n}` }),
    };
    const jwt = `${base64url({ alg: 'ES384', typ: 'JWT' })}.${base64url(claims)}.${base64url(`fake-signature-${n}`)}`;
    issued.push(jwt);
    return jwt;
  };
  const validityOf = (url: URL, form?: URLSearchParams) => Number(form?.get('validity') ?? url.searchParams.get('validity') ?? options.validity ?? 3600);
  const handlers = [
    http.post(`${iyoUrl}/v1/oauth/access_token`, async ({ request }) => {
      const url = new URL(request.url);
      const form = new URLSearchParams(await request.text());
      const field = (name: string) => form.get(name) ?? url.searchParams.get(name);
      if (field('grant_type') !== 'client_credentials' || field('client_id') !== options.applicationId || field('client_secret') !== options.secret) {
        return HttpResponse.text('invalid client credentials', { status: 401 });
      }
      return HttpResponse.text(issue(validityOf(url, form)));
    }),
    http.get(`${iyoUrl}/v1/oauth/jwt/refresh`, ({ request }) => {
      const old = request.headers.get('authorization')?.replace(/^bearer\s+/i, '') ?? '';
      if (!issued.includes(old) || !decodeJwtClaims(old)?.refresh_token) return HttpResponse.text('jwt cannot be refreshed', { status: 401 });
      return HttpResponse.text(issue(validityOf(new URL(request.url))));
    }),
  ];
  return { handlers, issued };
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
