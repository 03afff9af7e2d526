import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SpecError } from '../../diagnostics/spec-error.js';

/** Parses JSON or YAML by extension; syntax errors become SpecErrors with line and column. */
export function parseSpecText(text: string, displayPath: string): unknown {
  if (text.trim() === '') {
    throw new SpecError({ message: 'spec file is empty', file: displayPath, pointer: '' });
  }
  if (displayPath.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message)?.[1];
      const where = position === undefined ? undefined : lineAndColumn(text, Number(position));
      throw new SpecError({ message: `invalid JSON: ${message}`, file: displayPath, line: where?.line, column: where?.column });
    }
  }
  try {
    // Duplicate keys are an error: silently keeping the last one hides upstream bugs.
    return parseYaml(text, { uniqueKeys: true, maxAliasCount: 10_000 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const first = error.message.split('\n')[0] ?? error.message;
      throw new SpecError({ message: `invalid YAML: ${first}`, file: displayPath, line: error.linePos?.[0].line, column: error.linePos?.[0].col });
    }
    throw error;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
