// IDE cost of the generated OVH types, measured with TypeScript's own tsserver and tsc.
//  1. Path-string completion latency inside `client.get('…')` after an edit (median of N), for
//     /cloud (the biggest API) and for a hand-written two-path type (the floor), in the same run.
//  2. Type-check time and memory of a consumer file using three APIs vs the same calls typed by
//     hand (tsc --extendedDiagnostics).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measureTscCost } from './tsc-cost.mjs';
import { pathCompletionLatencies } from './path-completion.mjs';

const here = new URL('.', import.meta.url).pathname;
const work = join(here, '.work');
const samples = Number(process.env.IDE_SAMPLES ?? 15);

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

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
writeFileSync(join(work, 'floor-api.ts'), floorTypes);

const [floor, cloud, all] = await pathCompletionLatencies({ work, samples, cases: [
  { name: 'floor', source: completionFile(`import { floor } from './floor-api.js';`, 'floor', '/me'), call: 'client.get(', prefix: '/me' },
  { name: 'cloud', source: completionFile(`import { cloud } from '@stratus/ovh/cloud';`, 'cloud', '/cloud/project'), call: 'client.get(', prefix: '/cloud/project' },
  { name: 'all', source: completionFile(`import { allApis } from '@stratus/ovh/all';`, '...allApis', '/cloud/project'), call: 'client.get(', prefix: '/cloud/project' },
] });

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
const [generated, handWritten] = measureTscCost({ work, tsconfig, runs: Number(process.env.IDE_TSC_RUNS ?? 5), cases: [
  { name: 'three-apis', source: threeApis },
  { name: 'floor-consumer', source: floorConsumer },
] });

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
