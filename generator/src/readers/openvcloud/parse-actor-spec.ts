import { SpecError } from '../../diagnostics/spec-error.js';

/**
 * JumpScale actor spec DSL (as parsed by the portal's `PortalSpecParserFactory`):
 *
 * ```
 * [actor] @dbtype:mem,osis
 *     """
 *     actor description
 *     """
 *     method:<name> [@noauth] [@method:get,post]
 *         """
 *         method description
 *         """
 *         var:<name> <type>,<default>,<description> [@optional | @tags: optional validator:name]
 *         result:<type>[, description]
 * ```
 *
 * Everything after the first `@` of a line is tags, after `#` a comment. Indentation (spaces and tabs
 * mixed upstream) carries no meaning.
 */
export interface ActorSpec {
  description: string;
  methods: ActorMethod[];
}

export interface ActorMethod {
  name: string;
  /** 1-based line of the `method:` line. */
  line: number;
  description: string;
  tags: string[];
  vars: ActorVar[];
  result: ActorResult | undefined;
}

export interface ActorVar {
  name: string;
  line: number;
  /** Declared type as written, e.g. `int`, `list(int)`. */
  type: string;
  /** Default as written; '' when none. */
  defaultText: string;
  description: string;
  optional: boolean;
  tags: string[];
}

export interface ActorResult {
  line: number;
  type: string;
  description: string;
}

const NAME = /^[A-Za-z_][\w]*$/;

function splitTags(text: string): { body: string; tags: string[] } {
  const at = text.indexOf('@');
  if (at < 0) return { body: text.trim(), tags: [] };
  const tags = text
    .slice(at)
    .split(/\s+/)
    .map((tag) => tag.replace(/^@/, '').replace(/:$/, ''))
    .filter((tag) => tag !== '' && tag !== 'tags');
  return { body: text.slice(0, at).trim(), tags };
}

function stripComment(text: string): string {
  const hash = text.indexOf('#');
  return hash < 0 ? text : text.slice(0, hash);
}

/** Parses one actor spec file. Throws a SpecError naming the file and line of the first malformed line. */
export function parseActorSpec(text: string, file: string): ActorSpec {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const spec: ActorSpec = { description: '', methods: [] };
  let sawActor = false;
  let method: ActorMethod | undefined;
  let doc: string[] | undefined;
  let docTarget: 'actor' | 'method' = 'actor';
  let docLine = 0;
  const fail = (message: string, line: number, hint?: string): never => {
    throw new SpecError({ message, file, line, ...(hint ? { hint } : {}) });
  };
  const closeDoc = () => {
    const body = dedent(doc ?? []);
    if (docTarget === 'method' && method) method.description = body;
    else if (docTarget === 'actor') spec.description = body;
    doc = undefined;
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (doc) {
      const end = trimmed.indexOf('"""');
      if (end >= 0) {
        const before = trimmed.slice(0, end).trim();
        if (before) doc.push(before);
        closeDoc();
      } else doc.push(raw);
      return;
    }
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.startsWith('"""')) {
      if (!sawActor) fail('docstring before the [actor] line', lineNo);
      docTarget = method ? 'method' : 'actor';
      docLine = lineNo;
      doc = [];
      const rest = trimmed.slice(3);
      const end = rest.indexOf('"""');
      if (end >= 0) {
        if (rest.slice(0, end).trim()) doc.push(rest.slice(0, end).trim());
        closeDoc();
      } else if (rest.trim()) doc.push(rest.trim());
      return;
    }
    if (/^\[actor\]/.test(trimmed)) {
      if (sawActor) fail('a second [actor] line: one actor per spec file', lineNo);
      sawActor = true;
      return;
    }
    if (!sawActor) fail(`expected the [actor] line, got ${JSON.stringify(trimmed)}`, lineNo, 'an actor spec starts with "[actor]"');
    const keyword = /^(method|var|result)\s*:\s*(.*)$/.exec(trimmed);
    if (!keyword) fail(`unrecognised line ${JSON.stringify(trimmed)}`, lineNo, 'expected method:, var:, result: or a """docstring"""');
    const [, kind, restRaw] = keyword as unknown as [string, string, string];
    if (kind === 'method') {
      const { body, tags } = splitTags(stripComment(restRaw));
      if (!NAME.test(body)) fail(`invalid method name ${JSON.stringify(body)}`, lineNo, 'write method:<name> [@noauth]');
      method = { name: body, line: lineNo, description: '', tags, vars: [], result: undefined };
      spec.methods.push(method);
      return;
    }
    if (!method) fail(`${kind}: outside a method`, lineNo, `put it under a method:<name> line`);
    const current = method!;
    if (kind === 'var') {
      current.vars.push(parseVar(restRaw, lineNo, fail));
      return;
    }
    if (current.result) fail(`method ${current.name} has a second result: line`, lineNo);
    const { body } = splitTags(stripComment(restRaw));
    const comma = body.indexOf(',');
    const type = (comma < 0 ? body : body.slice(0, comma)).trim();
    if (type === '') fail('result: without a type', lineNo, 'write result:<type>[, description]');
    const description = comma < 0 ? '' : body.slice(comma + 1).replace(/^[\s,]+/, '').trim();
    current.result = { line: lineNo, type, description };
  });
  if (doc) fail('unterminated """docstring (opened here, never closed)', docLine);
  if (!sawActor) fail('no [actor] line: not an actor spec', 1);
  return spec;
}

function parseVar(restRaw: string, line: number, fail: (message: string, line: number, hint?: string) => never): ActorVar {
  const { body, tags } = splitTags(restRaw);
  const match = /^([A-Za-z_]\w*)\s+([^,]+?)\s*,([^,]*),?(.*)$/.exec(body);
  if (!match) return fail(`malformed var: ${JSON.stringify(restRaw.trim())}`, line, 'write var:<name> <type>,<default>,<description> [@optional]');
  const [, name, type, defaultText, description] = match as unknown as [string, string, string, string, string];
  return { name, line, type: type.trim(), defaultText: defaultText.trim(), description: description.trim(), optional: tags.includes('optional'), tags };
}

function dedent(lines: string[]): string {
  const expanded = lines.map((line) => line.replaceAll('\t', '    ').trimEnd());
  const indents = expanded.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  const out = expanded.map((line) => line.slice(cut));
  while (out.length > 0 && out[0]!.trim() === '') out.shift();
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return out.join('\n');
}
