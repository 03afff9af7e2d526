// IDE cost of microversion-narrowed OpenStack types (compute, 2.3 MB of types), with tsserver and tsc:
// openapi-fetch over the spec's raw `paths` (every variant as a union: what the package exported
// before microversion narrowing) vs the same client over `PathsAt<Latest>` (unpinned) and
// `PathsAt<'2.79'>` (pinned), and the package's own `createComputeClient` (managers attached).
//  1. Path-string completion latency in `client.GET('/servers…')` after an edit (median of N).
//  2. Type-check time and memory of a small consumer (server show, server create, flavors).
// Needs `pnpm build:all` (or the openstack packages built). Run: node bench/ide/run-openstack-ide-bench.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeBenchTsconfig, computePackage } from './compute-tsconfig.mjs';
import { measureTscCost } from './tsc-cost.mjs';
import { pathCompletionLatencies } from './path-completion.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, '.work-openstack');
const compute = computePackage;
const samples = Number(process.env.IDE_SAMPLES ?? 15);
const runs = Number(process.env.IDE_TSC_RUNS ?? 5);

const tsconfig = computeBenchTsconfig({ 'compute-raw-schema': [join(compute, 'dist/schema.d.ts')] });

const clients = {
  raw: `import type { Client } from 'openapi-fetch';\nimport type { paths } from 'compute-raw-schema';\ndeclare const client: Client<paths>;`,
  unpinned: `import type { Client } from 'openapi-fetch';\nimport type { paths } from '@stratus/openstack-compute';\ndeclare const client: Client<paths>;`,
  pinned: `import type { Client } from 'openapi-fetch';\nimport type { PathsAt } from '@stratus/openstack-compute';\ndeclare const client: Client<PathsAt<'2.79'>>;`,
  'createComputeClient pinned (+managers)': `import { createComputeClient } from '@stratus/openstack-compute';\nconst client = createComputeClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't', microversion: '2.79' });`,
};

const completionSource = (client) => `${client}\n// edit-marker: 0\nexport const result = client.GET('/servers');\n`;
const consumerSource = (client) => `${client}
export async function run() {
  const shown = await client.GET('/servers/{id}', { params: { path: { id: 'x' } } });
  const created = await client.POST('/servers', { body: { server: { name: 'web', flavorRef: '1', imageRef: 'img', networks: 'auto' } } as never });
  const flavors = await client.GET('/flavors/detail');
  return [shown.data?.server, created.data, flavors.data?.flavors];
}
`;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
const cases = Object.entries(clients);
const completions = await pathCompletionLatencies({ work, samples, cases: cases.map(([name, client]) => ({ name, source: completionSource(client), call: 'client.GET(', prefix: '/servers' })) });
const checks = measureTscCost({ work, tsconfig, runs, cases: cases.map(([name, client]) => ({ name, source: consumerSource(client) })) });
console.log(`\nOpenStack compute IDE cost (TypeScript ${createRequire(import.meta.url)('typescript/package.json').version}; median of ${samples} completions after an edit, ${runs} tsc runs)\n`);
console.log('| client | completion in GET(\'/servers…\') | entries | consumer check time | total tsc time | memory |');
console.log('|---|---|---|---|---|---|');
cases.forEach(([name], index) => {
  const c = completions[index];
  const t = checks[index];
  console.log(`| ${name} | ${c.median.toFixed(0)} ms | ${c.entries} | ${t.check.toFixed(2)} s | ${t.total.toFixed(2)} s | ${(t.memoryK / 1024).toFixed(0)} MB |`);
});
rmSync(work, { recursive: true, force: true });
