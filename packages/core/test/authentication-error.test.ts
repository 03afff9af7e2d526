import { describe, expect, it } from 'vitest';
import { AuthenticationError, createApiError, ForbiddenError, StratusError, UnauthorizedError } from '../src/index.js';
import { markAuthenticationFailure } from '../src/internal.js';
import * as errors from '../src/errors/index.js';

const errorFor = (status: number) => createApiError({ response: new Response(null, { status }), method: 'GET', url: 'https://h/x' });

describe('AuthenticationError: rejected credentials, whichever class a provider raises', () => {
  it('is a StratusError with its own name', () => {
    const error = new AuthenticationError('login refused');
    expect(error).toBeInstanceOf(StratusError);
    expect(error.name).toBe('AuthenticationError');
    expect(error.toJSON()).toEqual({ name: 'AuthenticationError', message: 'login refused' });
  });

  it('a 401 (UnauthorizedError and its subclasses) is one; no other status is', () => {
    expect(errorFor(401)).toBeInstanceOf(AuthenticationError);
    class SessionGone extends UnauthorizedError {}
    expect(new SessionGone({ message: 'm', status: 419, method: 'GET', url: 'https://h/' })).toBeInstanceOf(AuthenticationError);
    for (const status of [400, 403, 404, 409, 429, 500]) expect(errorFor(status)).not.toBeInstanceOf(AuthenticationError);
  });

  it('a provider class with another base joins it through markAuthenticationFailure, subclasses included', () => {
    class RefusedKey extends ForbiddenError {}
    class OtherForbidden extends ForbiddenError {}
    markAuthenticationFailure(RefusedKey);
    class StillRefused extends RefusedKey {}
    const init = { message: 'm', status: 403, method: 'GET', url: 'https://h/' };
    expect(new RefusedKey(init)).toBeInstanceOf(AuthenticationError);
    expect(new StillRefused(init)).toBeInstanceOf(AuthenticationError);
    expect(new OtherForbidden(init)).not.toBeInstanceOf(AuthenticationError);
    expect(Object.keys(new RefusedKey(init))).not.toContain('stratus.authenticationFailure');
  });

  it('a subclass of AuthenticationError answers only for its own chain', () => {
    class LoginRefused extends AuthenticationError {}
    expect(new LoginRefused('m')).toBeInstanceOf(AuthenticationError);
    expect(errorFor(401)).not.toBeInstanceOf(LoginRefused);
    expect(new AuthenticationError('m')).not.toBeInstanceOf(LoginRefused);
  });

  it('no other core error class is one', () => {
    const others = Object.entries(errors).filter(([name, value]) => typeof value === 'function' && !['AuthenticationError', 'UnauthorizedError'].includes(name));
    for (const [, Class] of others) expect((Class as { prototype: object }).prototype instanceof AuthenticationError).toBe(false);
    for (const value of [undefined, null, 'x', 401, {}]) expect(value instanceof AuthenticationError).toBe(false);
  });
});
