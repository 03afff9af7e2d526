import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { RecordedBody } from '../support/record-bodies.js';
import { locateOperation, type LocatedOperation } from './locate-operation.js';
import type { ServicePackage } from './service-packages.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const E2E_TSCONFIG = join(HERE, '..', '..', '..', 'tsconfig.json');
/** Never written to disk: the compiler host serves it. Beside recorded-body-type.ts so its import resolves. */
const VIRTUAL_FILE = join(HERE, 'recorded-bodies.generated.ts');

export interface BodyCheckReport {
  total: number;
  /** Bodies that satisfy their operation's type (errors included: a status the operation does not declare is a mismatch). */
  matched: number;
  /** One entry per distinct mismatch (operation, status, tsc message) or body without an operation. */
  failures: string[];
}

/**
 * Type-checks `const bN: <response type> = <body>;` for every recorded body in one strict program
 * (the e2e tsconfig's options) against the generated packages as built.
 */
export function typeCheckBodies(records: readonly RecordedBody[], services: readonly ServicePackage[]): BodyCheckReport {
  const options = compilerOptions();
  const host = virtualFileHost(options);

  // First pass: each package's path templates, read from its `paths` type, for matching URLs.
  host.setVirtualSource(services.map((service, index) => `import type * as ${alias(index)} from '${service.packageName}';\nexport type ${alias(index)}Paths = ${alias(index)}.paths;\n`).join(''));
  const templatesProgram = ts.createProgram([VIRTUAL_FILE], options, host);
  const pathTemplates = readPathTemplates(templatesProgram, services);

  const failures: string[] = [];
  const checked: Array<{ record: RecordedBody; operation: LocatedOperation; start: number; end: number }> = [];
  let source = services.map((service, index) => `import type * as ${alias(index)} from '${service.packageName}';\n`).join('');
  source += `import type { RecordedBodyType } from './recorded-body-type.js';\n`;
  records.forEach((record, index) => {
    const operation = locateOperation(record, services, pathTemplates);
    if (typeof operation === 'string') {
      failures.push(`${record.method} ${record.url} → ${record.status}: no operation (${operation})`);
      return;
    }
    const line = `const b${index}: RecordedBodyType<${operationsType(operation, services)}, ${JSON.stringify(operation.path)}, ${JSON.stringify(operation.method)}, ${record.status}, ${record.status >= 400}> = `;
    const start = source.length;
    source += `${line}${JSON.stringify(record.body)};\n`;
    checked.push({ record, operation, start, end: source.length });
  });

  host.setVirtualSource(source);
  const program = ts.createProgram([VIRTUAL_FILE], options, host, templatesProgram);
  const sourceFile = program.getSourceFile(VIRTUAL_FILE);
  if (sourceFile === undefined) throw new Error('the body check program lost its own source file');
  const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];

  // The same mismatch in many bodies of one operation (every token, every list page) is one line.
  const failed = new Set<(typeof checked)[number]>();
  const mismatches = new Map<string, { count: number; url: string }>();
  for (const diagnostic of diagnostics) {
    const at = diagnostic.start ?? -1;
    const entry = checked.find((candidate) => at >= candidate.start && at < candidate.end);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
    if (entry === undefined) {
      failures.push(`the check's own source does not compile: ${message}`);
      continue;
    }
    const { record, operation, start } = entry;
    failed.add(entry);
    const key = `${describe(record, operation)}${fieldAt(sourceFile, at, start)}: ${truncate(message)}`;
    const seen = mismatches.get(key);
    if (seen === undefined) mismatches.set(key, { count: 1, url: record.url });
    else seen.count += 1;
  }
  for (const [key, { count, url }] of mismatches) failures.push(`${key}\n    (${count === 1 ? '' : `${count} bodies, e.g. `}${url})`);

  return { total: records.length, matched: checked.length - failed.size, failures };
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(E2E_TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } });
  if (parsed === undefined) throw new Error(`cannot read ${E2E_TSCONFIG}`);
  // Strict whatever the tsconfig says; no @types: the bodies need only the generated packages.
  return { ...parsed.options, strict: true, noEmit: true, types: [], declaration: false, declarationMap: false, sourceMap: false };
}

interface VirtualFileHost extends ts.CompilerHost {
  setVirtualSource(source: string): void;
}

function virtualFileHost(options: ts.CompilerOptions): VirtualFileHost {
  const host = ts.createCompilerHost(options, true);
  let virtual = ts.createSourceFile(VIRTUAL_FILE, '', options.target ?? ts.ScriptTarget.ES2022, true);
  const { getSourceFile, fileExists, readFile } = host;
  return Object.assign(host, {
    setVirtualSource(source: string) {
      virtual = ts.createSourceFile(VIRTUAL_FILE, source, options.target ?? ts.ScriptTarget.ES2022, true);
    },
    getSourceFile: (fileName: string, language: ts.ScriptTarget | ts.CreateSourceFileOptions, onError?: (message: string) => void) =>
      fileName === VIRTUAL_FILE ? virtual : getSourceFile.call(host, fileName, language, onError),
    fileExists: (fileName: string) => fileName === VIRTUAL_FILE || fileExists.call(host, fileName),
    readFile: (fileName: string) => (fileName === VIRTUAL_FILE ? virtual.text : readFile.call(host, fileName)),
  });
}

function readPathTemplates(program: ts.Program, services: readonly ServicePackage[]): Map<ServicePackage, string[]> {
  const sourceFile = program.getSourceFile(VIRTUAL_FILE);
  const checker = program.getTypeChecker();
  const templates = new Map<ServicePackage, string[]>();
  for (const statement of sourceFile?.statements ?? []) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const index = Number(statement.name.text.replace(/^s(\d+)Paths$/, '$1'));
    const service = services[index];
    if (service === undefined) continue;
    const names = checker.getPropertiesOfType(checker.getTypeAtLocation(statement.name)).map((symbol) => symbol.getName());
    if (names.length === 0) throw new Error(`${service.packageName} exports no \`paths\` with keys (is it built?)`);
    templates.set(service, names);
  }
  return templates;
}

function alias(index: number): string {
  return `s${index}`;
}

/** The operation map the package's client is typed from, at the version the server answered at. */
function operationsType(operation: LocatedOperation, services: readonly ServicePackage[]): string {
  const name = alias(services.indexOf(operation.service));
  return operation.microversion === undefined ? `${name}.OperationsByMethod` : `${name}.OperationsAt<${JSON.stringify(operation.microversion)}>`;
}

function describe(record: RecordedBody, operation: LocatedOperation): string {
  const version = operation.microversion === undefined ? '' : ` at ${operation.microversion}`;
  return `${operation.method.toUpperCase()} ${operation.path} (${operation.service.serviceType}${version}) → ${record.status}`;
}

const MAX_MESSAGE = 1200;

function truncate(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE)} …`;
}

/** ` at token.user.password_expires_at`, ` at roles[].options`: where in the body tsc found the mismatch ('' at the top). */
function fieldAt(sourceFile: ts.SourceFile, position: number, entryStart: number): string {
  let node: ts.Node = sourceFile;
  for (;;) {
    const child = node.getChildren(sourceFile).find((candidate) => candidate.getStart(sourceFile) <= position && position < candidate.getEnd());
    if (child === undefined) break;
    node = child;
  }
  const path: string[] = [];
  for (let current: ts.Node | undefined = node; current !== undefined && current.pos >= entryStart; current = current.parent) {
    if (ts.isPropertyAssignment(current) && ts.isStringLiteral(current.name)) path.unshift(current.name.text);
    // Items as `[]`, so one mismatch in every item of a list is one line.
    else if (current.parent !== undefined && ts.isArrayLiteralExpression(current.parent)) path.unshift('[]');
  }
  return path.length === 0 ? '' : ` at ${path.join('.').replaceAll('.[', '[')}`;
}
