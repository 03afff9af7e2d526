import { redactText } from '../redaction/redact-text.js';

/**
 * Base class of every error thrown by Stratus SDKs.
 *
 * Secrets must never leak through an error, so the message is passed through `redactText`,
 * `toJSON()` only exposes redacted fields, and Node's `util.inspect` (console.log) is given a
 * custom rendering that shows the same redacted fields — never a Request, headers or raw cause.
 */
export class StratusError extends Error {
  static {
    // Set on the prototype (not as an instance field) so the stack header already shows the class name.
    this.prototype.name = 'StratusError';
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(redactText(message), options);
  }

  /** Extra redacted fields for `toJSON()` and inspection; subclasses add theirs. */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this.details())) {
      if (value !== undefined) json[key] = value;
    }
    if (this.cause !== undefined) json['cause'] = describeCause(this.cause);
    return json;
  }
}

type Inspect = (value: unknown, options?: unknown) => string;

// Node calls this for console.log/util.inspect. Registered via Symbol.for so Node's util module is never imported,
// and defined non-enumerable so it never shows up in JSON or object spreads.
Object.defineProperty(StratusError.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value: function inspectStratusError(this: StratusError, _depth: number, options: unknown, inspect?: Inspect): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const header = this.stack ?? `${this.name}: ${this.message}`;
    if (Object.keys(fields).length === 0) return header;
    const rendered = typeof inspect === 'function' ? inspect(fields, options) : JSON.stringify(fields, null, 2);
    return `${header} ${rendered}`;
  },
  writable: true,
  configurable: true,
});

function describeCause(cause: unknown): unknown {
  if (cause instanceof StratusError) return cause.toJSON();
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return {
      name: cause.name,
      message: redactText(cause.message),
      ...(typeof code === 'string' ? { code } : {}),
      ...(cause.cause !== undefined ? { cause: describeCause(cause.cause) } : {}),
    };
  }
  return redactText(String(cause));
}
