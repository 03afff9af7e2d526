import { readFile } from 'node:fs/promises';
import { SpecError, SpecErrors } from '../../diagnostics/spec-error.js';
import { locatePointer } from '../../diagnostics/locate-pointer.js';
import type { OpenApiDocument } from '../openapi-document.js';
import type { Reader, ReaderInputFile } from '../reader.js';
import { parseSpecText } from './parse-spec-text.js';
import { validateOpenApi } from './validate-openapi.js';

async function readText(file: ReaderInputFile): Promise<string> {
  try {
    return await readFile(file.path, 'utf8');
  } catch {
    throw new SpecError({ message: 'spec file not found', file: file.displayPath, hint: 'run `pnpm specs:pull` (upstream specs) or check the path in the package config' });
  }
}

/** Adds line:column to pointer-carrying errors; only runs when something is wrong. */
export function withLocations(problems: SpecError[], text: string): SpecError[] {
  return problems.map((problem) => {
    if (problem.pointer === undefined || problem.line !== undefined) return problem;
    const where = locatePointer(text, problem.pointer);
    return where ? new SpecError({ message: problem.message, file: problem.file, pointer: problem.pointer, line: where.line, column: where.column, hint: problem.hint }) : problem;
  });
}

/** OpenAPI 3.0 / 3.1 documents, JSON or YAML, one file per package. */
export const openApiReader: Reader = {
  name: 'openapi',
  async read(files) {
    if (files.length !== 1) {
      throw new SpecError({ message: `the openapi reader takes exactly one input file, got ${files.length}`, file: files.map((f) => f.displayPath).join(', ') || '(none)' });
    }
    const file = files[0]!;
    const text = await readText(file);
    const document = parseSpecText(text, file.displayPath);
    const problems = validateOpenApi(document, file.displayPath);
    if (problems.length > 0) throw new SpecErrors(withLocations(problems, text));
    return document as OpenApiDocument;
  },
};
