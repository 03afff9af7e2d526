import { InvalidConfigurationError } from '@stratus/core';

// Python's configparser, as python-ovh uses it (RawConfigParser with its defaults: `=` and `:`
// delimiters, `#` and `;` comment lines only, no inline comments, strict, empty lines allowed in
// values, no interpolation, option names lower-cased, section names as written). Python 3.7–3.13
// read files the same way under these settings.

/** A value as read, with the file and line of its option. */
export interface IniValue {
  value: string;
  file: string;
  line: number;
}

/** What a RawConfigParser holds after reading files: the `[DEFAULT]` values and the other sections. */
export interface IniStore {
  defaults: Map<string, IniValue>;
  sections: Map<string, Map<string, IniValue>>;
}

/** The configparser error a file causes (python-ovh does not catch them, so it fails on the file too). */
export type PythonIniErrorName = 'MissingSectionHeaderError' | 'DuplicateSectionError' | 'DuplicateOptionError' | 'ParsingError';

/** A config file that Python's configparser refuses: which error, and the line(s) at fault. */
export class IniSyntaxError extends InvalidConfigurationError {
  readonly file: string;
  readonly pythonError: PythonIniErrorName;
  readonly lines: readonly number[];

  constructor(message: string, details: { file: string; pythonError: PythonIniErrorName; lines: readonly number[] }) {
    super(message);
    this.file = details.file;
    this.pythonError = details.pythonError;
    this.lines = details.lines;
  }
}

const DEFAULT_SECTION = 'DEFAULT';
// Python's whitespace (str.isspace, and `\s` in its regular expressions), which is not JavaScript's:
// U+001C–U+001F and U+0085 are whitespace in Python, U+FEFF (a byte-order mark) is not.
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${SPACE}]+$`);
const FIRST_NON_SPACE = new RegExp(`[^${SPACE}]`);
// `.` is any character but "\n", as in Python (lines hold no "\n").
const SECTION_HEADER = /^\[(.+)\]/s;
const OPTION = new RegExp(`^(.*?)[${SPACE}]*(=|:)[${SPACE}]*(.*)$`, 's');

const rstrip = (text: string) => text.replace(TRAILING_SPACE, '');
const strip = (text: string) => rstrip(text.replace(LEADING_SPACE, ''));

export function createIniStore(): IniStore {
  return { defaults: new Map(), sections: new Map() };
}

/**
 * Reads one file's text into the store, as `RawConfigParser.read` does: sections that already exist
 * are extended, options set again replace the earlier value. Throws IniSyntaxError where Python raises.
 */
export function readIni(store: IniStore, text: string, file: string): void {
  // Universal newlines, as Python's text files: "\r\n", "\r" and "\n" end a line.
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();

  const added = new Set<string>();
  const pending: { target: Map<string, IniValue>; key: string; parts: string[]; line: number }[] = [];
  let section: Map<string, IniValue> | undefined;
  let sectionName = '';
  let option: (typeof pending)[number] | undefined;
  let indentLevel = 0;
  const badLines: number[] = [];

  const fail = (pythonError: PythonIniErrorName, lineNumbers: number[], problem: string, fix: string): IniSyntaxError =>
    new IniSyntaxError(
      `[@stratus/ovh/config] ${file}, line${lineNumbers.length > 1 ? 's' : ''} ${lineNumbers.join(', ')}: ${problem}. Python's configparser raises ${pythonError} on this file, so python-ovh cannot read it either; ${fix}`,
      { file, pythonError, lines: lineNumbers },
    );

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const stripped = strip(raw);
    const isComment = stripped.startsWith('#') || stripped.startsWith(';');
    const clean = isComment ? '' : stripped;
    if (clean === '') {
      // An empty line inside a value is kept (trailing ones are dropped when the value is joined).
      if (!isComment && section !== undefined && option !== undefined && option.key !== '') option.parts.push('');
      return;
    }
    const indent = raw.search(FIRST_NON_SPACE);
    if (section !== undefined && option !== undefined && option.key !== '' && indent > indentLevel) {
      option.parts.push(clean);
      return;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(clean);
    if (header) {
      sectionName = header[1]!;
      const existing = store.sections.get(sectionName);
      if (existing) {
        if (added.has(`[${sectionName}`)) throw fail('DuplicateSectionError', [lineNumber], `section [${sectionName}] appears a second time in this file`, 'merge the two sections');
        section = existing;
        added.add(`[${sectionName}`);
      } else if (sectionName === DEFAULT_SECTION) {
        section = store.defaults;
      } else {
        section = new Map();
        store.sections.set(sectionName, section);
        added.add(`[${sectionName}`);
      }
      option = undefined;
      return;
    }
    if (section === undefined) {
      const bom = lineNumber === 1 && raw.startsWith('\ufeff');
      throw fail(
        'MissingSectionHeaderError',
        [lineNumber],
        bom ? 'the file starts with a byte-order mark (U+FEFF), which Python reads as part of the first line, so the file has no [section] header' : 'this line comes before any [section] header',
        bom ? 'save the file as UTF-8 without a byte-order mark' : 'start the file with a section such as [default] or [ovh-eu]',
      );
    }
    const match = OPTION.exec(clean);
    if (!match) {
      badLines.push(lineNumber);
      return;
    }
    if (match[1] === '') badLines.push(lineNumber);
    const key = rstrip(match[1]!).toLowerCase();
    const identity = `${sectionName}\u0000${key}`;
    if (added.has(identity)) throw fail('DuplicateOptionError', [lineNumber], `"${key}" is set a second time in section [${sectionName}]`, 'keep one of the two');
    added.add(identity);
    option = { target: section, key, parts: [strip(match[3]!)], line: lineNumber };
    pending.push(option);
    section.set(key, { value: '', file, line: lineNumber });
  });

  for (const { target, key, parts, line } of pending) target.set(key, { value: rstrip(parts.join('\n')), file, line });
  if (badLines.length > 0) {
    throw fail('ParsingError', badLines, 'not a "key = value" or "key: value" line, a [section] header or a comment', 'fix or remove the line');
  }
}

/**
 * `RawConfigParser.get(section, key)`: the key is looked up lower-cased, in the section and then in
 * `[DEFAULT]`; a section that no file defines has no values at all, not even the defaults.
 */
export function getIniValue(store: IniStore, sectionName: string, key: string): IniValue | undefined {
  const name = key.toLowerCase();
  if (sectionName === DEFAULT_SECTION) return store.defaults.get(name);
  const section = store.sections.get(sectionName);
  if (section === undefined) return undefined;
  return section.get(name) ?? store.defaults.get(name);
}
