/**
 * An input problem the user can fix: always names the file and, when it is about a place inside a
 * document, the JSON pointer (plus line:column when it could be located). Printed without a stack.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  readonly file: string;
  readonly pointer: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(options: {
    message: string;
    file: string;
    pointer?: string | undefined;
    line?: number | undefined;
    column?: number | undefined;
    hint?: string | undefined;
  }) {
    super(options.message);
    this.file = options.file;
    this.pointer = options.pointer;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }

  /** Multi-line, human readable report: what, where, how to fix. */
  format(): string {
    const lines = [`error: ${this.message}`, `  file:    ${this.file}`];
    if (this.pointer !== undefined) lines.push(`  pointer: ${this.pointer === '' ? '(document root)' : this.pointer}`);
    if (this.line !== undefined) lines.push(`  line:    ${this.line}${this.column !== undefined ? `:${this.column}` : ''}`);
    if (this.hint) lines.push(`  hint:    ${this.hint}`);
    return lines.join('\n');
  }
}

/** Several independent problems found in one pass, reported together. */
export class SpecErrors extends Error {
  override readonly name = 'SpecErrors';
  readonly errors: readonly SpecError[];
  constructor(errors: readonly SpecError[]) {
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} found`);
    this.errors = errors;
  }
  format(): string {
    return this.errors.map((e) => e.format()).join('\n\n');
  }
}

export function isSpecProblem(error: unknown): error is SpecError | SpecErrors {
  return error instanceof SpecError || error instanceof SpecErrors;
}
