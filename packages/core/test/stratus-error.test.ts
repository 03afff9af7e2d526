import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { StratusError } from '../src/errors/stratus-error.js';

describe('StratusError', () => {
  it('is an Error named after its class, with the name in the stack header', () => {
    const error = new StratusError('boom');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StratusError');
    expect(String(error)).toBe('StratusError: boom');
    expect(error.stack?.startsWith('StratusError: boom')).toBe(true);
  });

  it('redacts secrets in the message', () => {
    const error = new StratusError('login failed for {"password":"hunter2"} with Bearer abc.def');
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('abc.def');
  });

  it('serialises to JSON with a redacted cause', () => {
    const cause = Object.assign(new Error('connect failed token=abc'), { code: 'ECONNREFUSED' });
    const error = new StratusError('wrapped', { cause });
    expect(error.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'StratusError',
      message: 'wrapped',
      cause: { name: 'Error', message: 'connect failed token=[REDACTED]', code: 'ECONNREFUSED' },
    });
  });

  it('gives util.inspect a rendering without secrets from the cause', () => {
    const error = new StratusError('wrapped', { cause: new Error('password=hunter2') });
    const rendered = inspect(error);
    expect(rendered).toContain('StratusError: wrapped');
    expect(rendered).toContain('password=[REDACTED]');
    expect(rendered).not.toContain('hunter2');
  });

  it('keeps the inspect hook off the enumerable surface', () => {
    expect(Object.keys(new StratusError('x'))).toEqual([]);
  });
});
