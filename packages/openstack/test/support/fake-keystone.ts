// The fake Keystone of the unit tests: what POST/GET/DELETE /v3/auth/tokens and GET /v3/users answer.
// Statuses, headers and bodies follow what Debian bookworm's Keystone 22 answered (recorded with curl
// against test-support/real-openstack): credentials are checked, every failure is the same 401 body,
// an unscoped token has no roles and no catalog, a token create is a 201 with X-Subject-Token.

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON, or text when a string. */
  body?: unknown;
}

export const DOMAIN = { id: 'default', name: 'Default' };
export const PROJECT_ID = 'p0123456789abcdef';
export const PROJECT = { id: PROJECT_ID, name: 'demo', domain: DOMAIN };
/** A member of PROJECT and of DOMAIN; no system role, no default project (so no scope = unscoped). */
export const USER = { id: 'u1', name: 'demo', domain: DOMAIN };
export const PASSWORD = 'S3cr3t-Pa55word';
/** An admin of PROJECT (may list users). */
export const ADMIN = { id: 'a1', name: 'admin', domain: DOMAIN };
export const ADMIN_PASSWORD = 'adm1n-Pa55word';
/** USER's application credential, scoped to PROJECT. */
export const APPLICATION_CREDENTIAL = { id: 'ac1', name: 'ci', secret: 'ac-secret', userId: USER.id };
/** The TOTP passcode USER's authenticator shows now. */
export const TOTP_PASSCODE = '123456';

const ROLES = { member: { id: 'r1', name: 'member' }, reader: { id: 'r2', name: 'reader' }, admin: { id: 'r3', name: 'admin' } };
const USERS = [
  { ...USER, password: PASSWORD, roles: [ROLES.member, ROLES.reader] },
  { ...ADMIN, password: ADMIN_PASSWORD, roles: [ROLES.admin, ROLES.member, ROLES.reader] },
];

/** Keystone's answer to every authentication failure, whatever the cause (no hint for an attacker). */
export const UNAUTHORIZED: Reply = {
  status: 401,
  body: { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } },
};
const notFound = (message: string): Reply => ({ status: 404, body: { error: { code: 404, message, title: 'Not Found' } } });
const badRequest = (message: string): Reply => ({ status: 400, body: { error: { code: 400, message, title: 'Bad Request' } } });
/** Flask's page for a path Keystone has no route for (text/html, not JSON). */
export const KEYSTONE_NO_ROUTE: Reply = {
  status: 404,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body: '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n',
};

type Scope = { project: typeof PROJECT } | { domain: typeof DOMAIN } | undefined;

interface IssuedToken {
  userId: string;
  scope: Scope;
  methods: string[];
  applicationCredential: boolean;
  issuedAtMs: number;
}

export interface FakeKeystoneState {
  /** Tokens still accepted (services and Keystone); revoking or `clear()` makes them fail with 401. */
  valid: Set<string>;
  /** Lifetime of issued tokens in ms; `null` = `expires_at: null` (a test knob: Keystone 22 always sets an expiry). */
  tokenLifetimeMs: number | null;
  now: () => number;
}

/** Keystone writes times with whole seconds and six fractional zeros: 2026-12-04T10:42:38.000000Z. */
function keystoneTime(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}.000000Z`;
}

type AnyRecord = Record<string, any>;

export function createFakeKeystone(state: FakeKeystoneState, catalog: () => unknown[]) {
  const tokens = new Map<string, IssuedToken>();
  let issued = 0;

  const findUser = (ref: AnyRecord | undefined) => {
    if (!ref) return undefined;
    if (typeof ref['id'] === 'string') return USERS.find((user) => user.id === ref['id']);
    const domain = ref['domain'] as AnyRecord | undefined;
    return USERS.find((user) => user.name === ref['name'] && (user.domain.id === domain?.['id'] || user.domain.name === domain?.['name']));
  };

  const resolveScope = (scope: AnyRecord | undefined): Scope | 'invalid' => {
    if (!scope) return undefined;
    const inDomain = (ref: AnyRecord | undefined) => ref?.['id'] === DOMAIN.id || ref?.['name'] === DOMAIN.name;
    const project = scope['project'] as AnyRecord | undefined;
    if (project) return project['id'] === PROJECT.id || (project['name'] === PROJECT.name && inDomain(project['domain'])) ? { project: PROJECT } : 'invalid';
    if (scope['domain']) return inDomain(scope['domain']) ? { domain: DOMAIN } : 'invalid';
    // No user of the fake has a system role assignment.
    return 'invalid';
  };

  const tokenBody = (token: IssuedToken) => {
    const { issuedAtMs } = token;
    const user = USERS.find((candidate) => candidate.id === token.userId)!;
    const body: AnyRecord = {
      methods: token.methods,
      user: { domain: user.domain, id: user.id, name: user.name, password_expires_at: null },
      audit_ids: [`audit-${issued}`],
      expires_at: state.tokenLifetimeMs === null ? null : keystoneTime(issuedAtMs + state.tokenLifetimeMs),
      issued_at: keystoneTime(issuedAtMs),
    };
    if (token.scope && 'project' in token.scope) Object.assign(body, { project: token.scope.project, is_domain: false });
    if (token.scope && 'domain' in token.scope) body['domain'] = token.scope.domain;
    if (token.scope) Object.assign(body, { roles: user.roles, catalog: catalog() });
    if (token.applicationCredential) body['application_credential'] = { id: APPLICATION_CREDENTIAL.id, name: APPLICATION_CREDENTIAL.name, restricted: true };
    return { token: body };
  };

  /** `POST /v3/auth/tokens`. */
  const authenticate = (request: AnyRecord | undefined): Reply => {
    const identity = request?.['auth']?.['identity'] as AnyRecord | undefined;
    if (!identity) return badRequest("'identity' is a required property");
    const methods = identity['methods'];
    if (!Array.isArray(methods) || methods.length !== 1) return badRequest("'methods' is a required property");
    const method = methods[0] as string;
    const scopeRequest = request?.['auth']?.['scope'] as AnyRecord | undefined;
    let userId: string;
    let applicationCredential = false;
    let tokenMethods = [method];

    if (method === 'password' || method === 'totp') {
      const given = identity[method]?.['user'] as AnyRecord | undefined;
      if (given && given['id'] === undefined && given['domain'] === undefined) {
        return badRequest('Expecting to find domain in user. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.');
      }
      const user = findUser(given);
      const secretOk = method === 'password' ? user?.password === given?.['password'] : user?.id === USER.id && given?.['passcode'] === TOTP_PASSCODE;
      if (!user || !secretOk) return UNAUTHORIZED;
      userId = user.id;
    } else if (method === 'token') {
      const id = identity['token']?.['id'] as string | undefined;
      const known = id === undefined ? undefined : tokens.get(id);
      if (!known) return notFound('Could not recognize Fernet token');
      if (!state.valid.has(id!)) return notFound('Failed to validate token');
      userId = known.userId;
      // A token obtained with a token keeps the methods of the first: ["password", "token"].
      tokenMethods = [...new Set([...known.methods, 'token'])];
    } else if (method === 'application_credential') {
      const given = identity['application_credential'] as AnyRecord | undefined;
      const ac = APPLICATION_CREDENTIAL;
      if (given?.['id'] !== undefined && given['id'] !== ac.id) return notFound(`Could not find Application Credential: ${given['id']}.`);
      const byName = given?.['id'] === undefined && given?.['name'] === ac.name && findUser(given['user'])?.id === ac.userId;
      if ((given?.['id'] !== ac.id && !byName) || given?.['secret'] !== ac.secret) return UNAUTHORIZED;
      if (scopeRequest) {
        return { status: 401, body: { error: { code: 401, identity: {}, message: 'Error authenticating with application credential: Application credentials cannot request a scope.', title: 'Unauthorized' } } };
      }
      userId = ac.userId;
      applicationCredential = true;
    } else {
      return UNAUTHORIZED;
    }

    const scope = applicationCredential ? { project: PROJECT } : resolveScope(scopeRequest);
    if (scope === 'invalid') return UNAUTHORIZED;
    issued += 1;
    const id = `tok-${issued}`;
    const token: IssuedToken = { userId, scope, methods: tokenMethods, applicationCredential, issuedAtMs: state.now() };
    tokens.set(id, token);
    state.valid.add(id);
    return { status: 201, headers: { 'X-Subject-Token': id, Vary: 'X-Auth-Token' }, body: tokenBody(token) };
  };

  /** The checks of GET and DELETE /v3/auth/tokens: a valid caller token, a known and valid subject. */
  const checkSubject = (authToken: string, subject: string): Reply | IssuedToken => {
    if (!state.valid.has(authToken)) return UNAUTHORIZED;
    const token = tokens.get(subject);
    if (!token) return notFound('Could not recognize Fernet token');
    if (!state.valid.has(subject)) return notFound('Failed to validate token');
    return token;
  };

  /** `GET /v3/auth/tokens`: the subject token's body, as at its creation. */
  const validate = (authToken: string, subject: string): Reply => {
    const checked = checkSubject(authToken, subject);
    if ('status' in checked) return checked;
    return { status: 200, headers: { 'X-Subject-Token': subject, Vary: 'X-Auth-Token' }, body: tokenBody(checked) };
  };

  /** `DELETE /v3/auth/tokens`: the caller's token must be valid; revoking it is allowed. */
  const revoke = (authToken: string, subject: string): Reply => {
    const checked = checkSubject(authToken, subject);
    if ('status' in checked) return checked;
    state.valid.delete(subject);
    return { status: 204, headers: { Vary: 'X-Auth-Token' } };
  };

  /** `GET /v3/users`: admin only; Keystone (without list_limit) ignores limit and marker and says so with `next: null`. */
  const listUsers = (authToken: string, url: URL): Reply => {
    if (!state.valid.has(authToken)) return UNAUTHORIZED;
    const caller = tokens.get(authToken);
    // A token the test added by hand (direct mode) has no user: it is no admin.
    const roles = caller?.scope ? USERS.find((user) => user.id === caller.userId)?.roles ?? [] : [];
    if (!roles.some((role) => role.name === 'admin')) {
      return { status: 403, body: { error: { code: 403, message: 'You are not authorized to perform the requested action: identity:list_users.', title: 'Forbidden' } } };
    }
    const users = USERS.map((user) => ({
      id: user.id,
      name: user.name,
      domain_id: user.domain.id,
      enabled: true,
      password_expires_at: null,
      options: {},
      links: { self: `${url.origin}/identity/v3/users/${user.id}` },
    }));
    return { status: 200, body: { users, links: { next: null, self: url.href, previous: null } } };
  };

  return { authenticate, validate, revoke, listUsers };
}
