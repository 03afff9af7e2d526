// IDE cost of the generated OVH types, measured with TypeScript's own tsserver and tsc.
//  1. Path-string completion latency inside `client.get('…')` after an edit (median of N), for
//     /cloud (the biggest API) and for a hand-written two-path type (the floor), in the same run.
//  2. Type-check time and memory of a consumer file using three APIs vs the same calls typed by
//     hand (tsc --extendedDiagnostics).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startTsserver } from './tsserver-session.mjs';

const here = new URL('.', import.meta.url).pathname;
const work = join(here, '.work');
const samples = Number(process.env.IDE_SAMPLES ?? 15);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] } };

// A hand-written two-path API in openapi-typescript's operation shape: the floor.
const floorTypes = `
import { defineOvhApi } from '@stratus/ovh';
interface Me { nichandle: string; firstname: string; email: string }
export interface FloorOperations {
  get: {
    '/me': { parameters: { query?: never; header?: never; path?: never; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Me } } } };
    '/me/bill/{billId}': { parameters: { query?: never; header?: never; path: { billId: string }; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': { billId: string; priceWithTax: { value: number } } } } } };
  };
}
export const floor = defineOvhApi<FloorOperations>({ name: 'floor', unauthenticated: [] });
`;

function completionFile(importLine, apis, prefix) {
  return `${importLine}
import { createOvhClient } from '@stratus/ovh';
const client = createOvhClient({ endpoint: 'ovh-eu', accessToken: 'token', apis: [${apis}] });
// edit-marker: 0
export const result = client.get('${prefix}');
`;
}

// One tsserver per case, all opened up front; samples are then taken round-robin (floor, cloud, all,
// floor, …) so that load from other processes on a shared machine hits every case alike.
async function completionLatencies(cases) {
  const sessions = cases.map(({ name, source, prefix }) => {
    const file = join(work, `${name}.ts`);
    writeFileSync(file, source);
    const server = startTsserver(work);
    server.notify('open', { file, fileContent: source, scriptKindName: 'TS' });
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes('client.get(')) + 1;
    const offset = lines[line - 1].indexOf(`'${prefix}'`) + 2 + prefix.length;
    const markerLine = lines.findIndex((l) => l.includes('edit-marker')) + 1;
    return { name, file, server, line, offset, markerLine, times: [], entries: 0 };
  });
  for (let i = 0; i < samples + 3; i++) {
    for (const session of sessions) {
      const { name, file, server, line, offset, markerLine } = session;
      // An edit, as when typing: the next completion runs on a fresh program and checker.
      server.notify('change', { file, line: markerLine, offset: 17, endLine: markerLine, endOffset: 18, insertString: String(i % 10) });
      const started = performance.now();
      const response = await server.request('completionInfo', { file, line, offset, includeExternalModuleExports: false, triggerCharacter: '/' });
      const elapsed = performance.now() - started;
      if (!response.success) throw new Error(`${name}: completion failed: ${response.message}`);
      session.entries = response.body?.entries?.length ?? 0;
      if (i >= 3) session.times.push(elapsed);
    }
  }
  for (const { server } of sessions) server.close();
  return sessions.map(({ times, entries }) => ({ median: median(times), entries }));
}

// tsc --extendedDiagnostics on each consumer, runs alternated between them (same reason as above);
// the median of the runs is reported.
function typecheckAll(cases, runs = Number(process.env.IDE_TSC_RUNS ?? 5)) {
  const require = createRequire(import.meta.url);
  const tsc = require.resolve('typescript/bin/tsc');
  const dirs = cases.map(({ name, source }) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), source);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['consumer.ts'] }));
    return { dir, runs: [] };
  });
  for (let i = 0; i < runs; i++) {
    for (const entry of dirs) {
      const output = execFileSync(process.execPath, [tsc, '-p', entry.dir, '--extendedDiagnostics'], { encoding: 'utf8' });
      const number = (label) => Number(/^(?:\S.*?):\s+([\d.]+)/m.exec(output.split('\n').find((l) => l.startsWith(label)) ?? '')?.[1]);
      entry.runs.push({ check: number('Check time'), total: number('Total time'), memoryK: number('Memory used') });
    }
  }
  return dirs.map(({ runs: measured }) => ({
    check: median(measured.map((r) => r.check)),
    total: median(measured.map((r) => r.total)),
    memoryK: median(measured.map((r) => r.memoryK)),
  }));
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
writeFileSync(join(work, 'floor-api.ts'), floorTypes);

const [floor, cloud, all] = await completionLatencies([
  { name: 'floor', source: completionFile(`import { floor } from './floor-api.js';`, 'floor', '/me'), prefix: '/me' },
  { name: 'cloud', source: completionFile(`import { cloud } from '@stratus/ovh/cloud';`, 'cloud', '/cloud/project'), prefix: '/cloud/project' },
  { name: 'all', source: completionFile(`import { allApis } from '@stratus/ovh/all';`, '...allApis', '/cloud/project'), prefix: '/cloud/project' },
]);

const threeApis = `import { createOvhClient } from '@stratus/ovh';
import { me } from '@stratus/ovh/me';
import { cloud } from '@stratus/ovh/cloud';
import { dedicatedServer } from '@stratus/ovh/dedicated/server';
const client = createOvhClient({ accessToken: 'token', apis: [me, cloud, dedicatedServer] });
export async function run() {
  const me = await client.get('/me');
  const projects = await client.get('/cloud/project');
  const project = await client.get('/cloud/project/{serviceName}', { serviceName: projects[0]! });
  const servers = await client.get('/dedicated/server');
  const server = await client.get('/dedicated/server/{serviceName}', { serviceName: servers[0]! });
  return [me.nichandle, project.description, server.datacenter];
}
`;
const floorConsumer = `import { createOvhClient, defineOvhApi } from '@stratus/ovh';
type Op<P, R> = { parameters: { query?: never; header?: never; path: P; cookie?: never }; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': R } } } };
interface Ops {
  get: {
    '/me': Op<never, { nichandle: string }>;
    '/cloud/project': Op<never, string[]>;
    '/cloud/project/{serviceName}': Op<{ serviceName: string }, { description?: string | null }>;
    '/dedicated/server': Op<never, string[]>;
    '/dedicated/server/{serviceName}': Op<{ serviceName: string }, { datacenter: string }>;
  };
}
const api = defineOvhApi<Ops>({ name: 'floor', unauthenticated: [] });
const client = createOvhClient({ accessToken: 'token', apis: [api] });
export async function run() {
  const me = await client.get('/me');
  const projects = await client.get('/cloud/project');
  const project = await client.get('/cloud/project/{serviceName}', { serviceName: projects[0]! });
  const servers = await client.get('/dedicated/server');
  const server = await client.get('/dedicated/server/{serviceName}', { serviceName: servers[0]! });
  return [me.nichandle, project.description, server.datacenter];
}
`;
const [generated, handWritten] = typecheckAll([
  { name: 'three-apis', source: threeApis },
  { name: 'floor-consumer', source: floorConsumer },
]);

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`\nIDE cost (TypeScript ${createRequire(import.meta.url)('typescript/package.json').version}, median of ${samples} completions after an edit and of ${process.env.IDE_TSC_RUNS ?? 5} tsc runs; samples of the cases alternated)\n`);
console.log('| measure | generated | hand-written floor | ratio | goal |');
console.log('|---|---|---|---|---|');
console.log(`| path completion in \`client.get('/cloud/project…')\` (/cloud, ${cloud.entries} entries) | ${cloud.median.toFixed(0)} ms | ${floor.median.toFixed(0)} ms | ${ratio(cloud.median, floor.median)} | ≤ 3× ${cloud.median <= 3 * floor.median ? '✓' : '✗'} |`);
console.log(`| same, all 84 APIs in one client (${all.entries} entries) | ${all.median.toFixed(0)} ms | ${floor.median.toFixed(0)} ms | ${ratio(all.median, floor.median)} | (info) |`);
console.log(`| consumer using 3 APIs: check time | ${generated.check.toFixed(2)} s | ${handWritten.check.toFixed(2)} s | ${ratio(generated.check, handWritten.check)} | (info) |`);
console.log(`| consumer using 3 APIs: total tsc time | ${generated.total.toFixed(2)} s | ${handWritten.total.toFixed(2)} s | ${ratio(generated.total, handWritten.total)} | ≤ 1.5× ${generated.total <= 1.5 * handWritten.total ? '✓' : '✗'} |`);
console.log(`| consumer using 3 APIs: memory | ${(generated.memoryK / 1024).toFixed(0)} MB | ${(handWritten.memoryK / 1024).toFixed(0)} MB | ${ratio(generated.memoryK, handWritten.memoryK)} | ≤ 1.5× ${generated.memoryK <= 1.5 * handWritten.memoryK ? '✓' : '✗'} |`);
rmSync(work, { recursive: true, force: true });
