/**
 * The one JSDoc printer of the emitters. Spec prose goes through `escapeDocText` so it cannot end
 * the comment or start a tag; the block layout is the same everywhere: one line → `/** text *\/`,
 * else one ` * ` line per line (paragraph breaks kept, trailing spaces trimmed), tags last. Prose is
 * not re-wrapped: spec descriptions carry Markdown (lists, code blocks) that a reflow would break.
 */

/**
 * TypeScript reads `@` after whitespace (or at the start of a line) as a tag, except inside a code
 * span, and `*\/` as the end of the comment. `\@` is TSDoc's escape (hovers render Markdown, so it
 * shows as `@`); `*\/` keeps the text readable.
 */
export function escapeDocText(text: string): string {
  return latin1Text(text)
    .replaceAll('*/', '*\\/')
    .split('\n')
    .map((line) => line.split('`').map((part, index) => (index % 2 === 0 ? part.replace(/(^|\s)@(?=\S)/g, '$1\\@') : part)).join('`'))
    .join('\n');
}

// Typographic punctuation spec prose uses, and its plain equivalent (zero-width characters go).
const PLAIN_PUNCTUATION: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2026': '...', '\u2013': '-', '\u2014': '--', '\u2212': '-', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '' };

/**
 * Doc text in Latin-1 only. V8 (Node, VS Code) keeps a string with any other character at two bytes
 * per character, and TypeScript holds every declaration file's whole text in memory (tsc, and an
 * editor's tsserver for as long as the project is open), so one curly quote in a 1.4 MB schema
 * doubles what its text costs. Typographic punctuation becomes its plain form; any other character
 * a numeric character reference, which hovers (Markdown) show as the character outside code spans.
 */
export function latin1Text(text: string): string {
  return text.replace(/[^\u0000-\u00ff]/gu, (character) => PLAIN_PUNCTUATION[character] ?? `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`);
}

export interface JsDocInput {
  /** Paragraphs (or lines) of prose, escaped here; empty and undefined entries are left out. */
  text?: readonly (string | undefined)[];
  /** Tags as `[name, text]`, e.g. `['deprecated', 'Use `/me/payment/method` instead.']`; the text is escaped. */
  tags?: readonly (readonly [name: string, text?: string])[];
}

/** The comment lines of `input`, without the comment markers. */
function docLines(input: JsDocInput): string[] {
  const paragraphs = (input.text ?? []).map((part) => part?.trim()).filter((part): part is string => !!part);
  const prose = paragraphs.map(escapeDocText).join('\n\n').split('\n');
  const tags = (input.tags ?? []).flatMap(([name, text]) => `@${name}${text?.trim() ? ` ${escapeDocText(text.trim())}` : ''}`.split('\n'));
  return [...(paragraphs.length > 0 ? prose : []), ...tags].map((line) => line.trimEnd());
}

/**
 * A JSDoc comment, every line prefixed with `indent`, no trailing newline (`''` when there is
 * nothing to say). One line stays on one line; anything longer is a block.
 */
export function printJsDoc(input: JsDocInput, indent = ''): string {
  const lines = docLines(input);
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`].join('\n');
}

/** Prose fields openapi-typescript prints into its JSDoc. */
const PROSE_KEYS = new Set(['description', 'summary', 'title']);
/** Values that are data, not schema or prose (an example may well have a `description` key). */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'discriminator']);

/**
 * Escapes, in place, the prose openapi-typescript turns into JSDoc (it escapes `*\/` but not `@`),
 * so its comments follow `escapeDocText` as this printer's do. Idempotent: escaped text is left as is.
 */
export function escapeDocProse(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) escapeDocProse(item);
    return;
  }
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (DATA_KEYS.has(key)) continue;
    if (PROSE_KEYS.has(key) && typeof value === 'string') record[key] = escapeDocText(value);
    else escapeDocProse(value);
  }
}
