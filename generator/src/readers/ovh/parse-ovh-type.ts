/**
 * The type grammar of OVH native schemas (`dataType`, `fullType`, `responseType`, model property
 * `type`/`fullType`):
 *
 *   Full     := Type (':' Type)?                 `Alias:wire`: the part after ':' is the wire type
 *   Type     := Base ('[]')*                     postfix arrays: `long[]`, `cloud.order.Order[]`
 *   Base     := 'map' '[' Type ']' MapValue      `map[string]string`, `map[cloud.SomeEnum]cloud.X`
 *             | Name ('<' Type (',' Type)* '>')? model keys, primitives, type variables, generics
 *   MapValue := '[]' MapValue | Type             a map value may be a prefix array: `map[string][]X`
 *
 * `map[K]V[]` is a map whose values are `V[]` (the postfix binds to the value). Names are dotted
 * identifiers (`nichandle.Nichandle`, `countryCode2LettersEnum`); whether a name is a primitive,
 * a model key or a type variable is decided later, by the resolver, not by the parser.
 */
export type OvhType =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'array'; readonly items: OvhType }
  | { readonly kind: 'map'; readonly key: OvhType; readonly value: OvhType }
  | { readonly kind: 'generic'; readonly name: string; readonly args: readonly OvhType[] };

export interface ParsedOvhType {
  /** The wire type: for `coreTypes.ServiceId[]:long[]` this is `long[]`. */
  readonly type: OvhType;
  /** The alias written before ':' (`coreTypes.ServiceId[]`), when there is one. */
  readonly alias?: string;
}

export class OvhTypeSyntaxError extends Error {
  override readonly name = 'OvhTypeSyntaxError';
  constructor(
    message: string,
    readonly text: string,
    readonly offset: number,
  ) {
    super(`${message} in type "${text}" at offset ${offset}`);
  }
}

type TokenKind = 'name' | '[' | ']' | '<' | '>' | ',' | ':' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;
/** Dotted identifier: no empty segment, no leading digit. */
const NAME = /^[A-Za-z_][\w-]*(\.[\w-]+)*$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ' || char === '\t') {
      i++;
    } else if ('[]<>,:'.includes(char)) {
      tokens.push({ kind: char as TokenKind, text: char, offset: i });
      i++;
    } else if (NAME_CHAR.test(char)) {
      const start = i;
      while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
      const name = text.slice(start, i);
      if (!NAME.test(name)) throw new OvhTypeSyntaxError(`invalid name "${name}"`, text, start);
      tokens.push({ kind: 'name', text: name, offset: start });
    } else {
      throw new OvhTypeSyntaxError(`unexpected character ${JSON.stringify(char)}`, text, i);
    }
  }
  tokens.push({ kind: 'end', text: '', offset: text.length });
  return tokens;
}

class Parser {
  private position = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private expect(kind: TokenKind): Token {
    const token = this.next();
    if (token.kind !== kind) throw this.unexpected(token, kind === 'end' ? 'end of type' : `"${kind}"`);
    return token;
  }

  private unexpected(token: Token, expected: string): OvhTypeSyntaxError {
    return new OvhTypeSyntaxError(`expected ${expected}, got ${token.kind === 'end' ? 'end of type' : `"${token.text}"`}`, this.text, token.offset);
  }

  private atArraySuffix(): boolean {
    return this.peek().kind === '[' && this.peek(1).kind === ']';
  }

  parseFull(): ParsedOvhType {
    const first = this.parseType();
    if (this.peek().kind === ':') {
      const colon = this.next();
      const wire = this.parseType();
      this.expect('end');
      return { type: wire, alias: this.text.slice(0, colon.offset).trim() };
    }
    this.expect('end');
    return { type: first };
  }

  private parseType(): OvhType {
    let type = this.parseBase();
    while (this.atArraySuffix()) {
      this.position += 2;
      type = { kind: 'array', items: type };
    }
    return type;
  }

  private parseBase(): OvhType {
    const token = this.next();
    if (token.kind !== 'name') throw this.unexpected(token, 'a type name');
    if (token.text === 'map' && this.peek().kind === '[' && this.peek(1).kind !== ']') {
      this.next();
      const key = this.parseType();
      this.expect(']');
      return { kind: 'map', key, value: this.parseMapValue() };
    }
    if (this.peek().kind === '<') {
      this.next();
      const args = [this.parseType()];
      while (this.peek().kind === ',') {
        this.next();
        args.push(this.parseType());
      }
      this.expect('>');
      return { kind: 'generic', name: token.text, args };
    }
    return { kind: 'name', name: token.text };
  }

  private parseMapValue(): OvhType {
    if (this.atArraySuffix()) {
      this.position += 2;
      return { kind: 'array', items: this.parseMapValue() };
    }
    return this.parseType();
  }
}

/** Parses one type string; throws `OvhTypeSyntaxError` on anything outside the grammar. */
export function parseOvhType(text: string): ParsedOvhType {
  if (text.trim() === '') throw new OvhTypeSyntaxError('empty type', text, 0);
  return new Parser(text, tokenize(text)).parseFull();
}

/** Canonical text: `X[]`, `map[K]V`, `G<A,B>`; parsing it again gives the same tree. */
export function printOvhType(type: OvhType): string {
  switch (type.kind) {
    case 'name':
      return type.name;
    case 'array':
      return `${printOvhType(type.items)}[]`;
    case 'map':
      return `map[${printOvhType(type.key)}]${printOvhType(type.value)}`;
    case 'generic':
      return `${type.name}<${type.args.map(printOvhType).join(',')}>`;
  }
}

/** Replaces type variables (`T`) by their bindings. */
export function substituteOvhType(type: OvhType, bindings: ReadonlyMap<string, OvhType>): OvhType {
  if (bindings.size === 0) return type;
  switch (type.kind) {
    case 'name':
      return bindings.get(type.name) ?? type;
    case 'array':
      return { kind: 'array', items: substituteOvhType(type.items, bindings) };
    case 'map':
      return { kind: 'map', key: substituteOvhType(type.key, bindings), value: substituteOvhType(type.value, bindings) };
    case 'generic':
      return { kind: 'generic', name: type.name, args: type.args.map((arg) => substituteOvhType(arg, bindings)) };
  }
}

/** Text of a type argument inside an instance name: generics flattened with `_`, other chars replaced. */
function flatText(type: OvhType): string {
  switch (type.kind) {
    case 'name':
      return type.name;
    case 'array':
      return `${flatText(type.items)}[]`;
    case 'map':
      return `map[${flatText(type.key)}]${flatText(type.value)}`;
    case 'generic':
      return `${type.name}_${type.args.map(flatText).join('_')}`;
  }
}

/**
 * Component name of a generic instance, as in OVH's own OpenAPI 3 rendering:
 * `complexType.UnitAndValue<double>` → `complexType.UnitAndValue_double`,
 * `complexType.ChartSerie<complexType.ChartTimestampValue>` → `complexType.ChartSerie_complexType.ChartTimestampValue`.
 * Nested arguments are joined with `_`; characters outside `[A-Za-z0-9._-]` become `_`
 * (`common.TaskWithInputs<map[managedCMS.TaskInputsEnum]any>` → `common.TaskWithInputs_map_managedCMS.TaskInputsEnum_any`).
 */
export function genericInstanceName(name: string, args: readonly OvhType[]): string {
  return `${name}_${args.map((arg) => flatText(arg).replace(/[^A-Za-z0-9._-]/g, '_')).join('_')}`;
}
