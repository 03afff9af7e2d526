// IDE cost of every generated OpenStack package against a hand-written two-path openapi-fetch client (the
// floor), with TypeScript's own tsserver and tsc.
//  1. Completion latency after an edit (median of N), per package: path strings in `GET('/…')`, path
//     parameter names, members of a result, manager methods and members of a manager's result; each
//     directly (`create<Service>Client`) and through the cloud client (`createOpenStackClient`), unpinned and (where the service has
//     microversions) pinned. Each package is measured in its own block, its samples alternated with the
//     floor's, so each ratio compares samples taken under the same machine load.
//  2. Type-check time and memory of a consumer of compute + network + identity against the same calls
//     typed by hand (tsc --extendedDiagnostics, runs alternated).
// Needs the openstack packages built. Run: pnpm bench ide-openstack
// Env: IDE_SAMPLES (default 9), IDE_TSC_RUNS (default 5), IDE_PACKAGES=compute,network (a subset).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSession } from './editor-latency.mjs';
import { factoryOf, OPENSTACK_PACKAGES, openstackBenchTsconfig } from './openstack-packages.mjs';
import { measureTscCost } from './tsc-cost.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, '.work-openstack');
const samples = Number(process.env.IDE_SAMPLES ?? 9);
const runs = Number(process.env.IDE_TSC_RUNS ?? 5);
const warmup = 3;
const only = process.env.IDE_PACKAGES?.split(',').map((name) => `openstack-${name.replace(/^openstack-/, '')}`);
const packages = OPENSTACK_PACKAGES.filter(({ dir }) => !only || only.includes(dir));

// A hand-written two-path API in openapi-typescript's shape, over openapi-fetch: the floor.
const floorHeader = `import createFetchClient from 'openapi-fetch';
interface Server { id: string; name: string; status: string; created: string }
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { 200: { headers: { [name: string]: unknown }; content: { 'application/json': T } } };
type Unused = { put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };
interface paths {
  '/servers': { parameters: NoParams; get: { parameters: NoParams; requestBody?: never; responses: Json<{ servers: Server[] }> } } & Unused;
  '/servers/{id}': { parameters: NoParams; get: { parameters: { query?: never; header?: never; path: { id: string }; cookie?: never }; requestBody?: never; responses: Json<{ server: Server }> } } & Unused;
}
const client = createFetchClient<paths>({ baseUrl: 'https://compute.example.com' });
// edit-marker: 0
`;
const floorCases = [
  { name: 'path', kind: 'path', trigger: '/', expect: '/servers', source: `${floorHeader}export const r = client.GET('/‸');\n` },
  { name: 'params', kind: 'params', expect: 'id', source: `${floorHeader}export const r = client.GET('/servers/{id}', { params: { path: { ‸ } } });\n` },
  { name: 'members', kind: 'members', trigger: '.', expect: 'name', source: `${floorHeader}export async function f() {\n  const r = await client.GET('/servers/{id}', { params: { path: { id: 'x' } } });\n  return r.data!.server.‸;\n}\n` },
];

function packageCases(pkg) {
  const factory = factoryOf(pkg.dir);
  const params = [...pkg.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
  // A cloud types the services whose packages the program imports (here: passed in \`services\`).
  const clientImports = `import { createOpenStackClient } from '@stratus/openstack';\nimport * as ${pkg.cloud} from '@stratus/${pkg.dir}';\n`;
  const pathArgs = `{ params: { path: { ${params.map((name) => `${name}: 'x'`).join(', ')} } } }`;
  const variants = [
    { name: 'direct', pinned: false, header: `import { ${factory} } from '@stratus/${pkg.dir}';\nconst c = ${factory}({ baseUrl: 'https://api.example.com', token: 't' });\n`, target: 'c' },
    { name: 'cloud', pinned: false, header: `${clientImports}const cloud = await createOpenStackClient({ token: 't', endpoints: { ${pkg.cloud}: 'https://api.example.com' }, services: { ${pkg.cloud} } });\n`, target: `cloud.${pkg.cloud}` },
  ];
  if (pkg.pin) {
    variants.push(
      { name: 'direct pinned', pinned: true, header: `import { ${factory} } from '@stratus/${pkg.dir}';\nconst c = ${factory}({ baseUrl: 'https://api.example.com', token: 't', microversion: '${pkg.pin}' });\n`, target: 'c' },
      { name: 'cloud pinned', pinned: true, header: `${clientImports}const cloud = await createOpenStackClient({ token: 't', endpoints: { ${pkg.cloud}: 'https://api.example.com' }, services: { ${pkg.cloud} }, microversions: { ${pkg.cloud}: '${pkg.pin}' } });\n`, target: `cloud.${pkg.cloud}` },
    );
  }
  const envelope = pkg.envelope ? `.${pkg.envelope}` : '';
  return variants.flatMap(({ name, header, target }) => {
    const head = `${header}// edit-marker: 0\n`;
    const cases = [
      { name: `${name} path`, kind: 'path', trigger: '/', expect: pkg.path, source: `${head}export const r = ${target}.GET('/‸');\n` },
      { name: `${name} params`, kind: 'params', expect: params[0], source: `${head}export const r = ${target}.GET('${pkg.path}', { params: { path: { ‸ } } });\n` },
      { name: `${name} members`, kind: 'members', trigger: '.', source: `${head}export async function f() {\n  const r = await ${target}.GET('${pkg.path}', ${pathArgs});\n  return r.data!${envelope}.‸;\n}\n` },
    ];
    if (pkg.manager) {
      cases.push(
        { name: `${name} manager methods`, kind: 'members', trigger: '.', expect: 'get', source: `${head}export const m = ${target}.${pkg.manager}.‸;\n` },
        { name: `${name} manager result`, kind: 'members', trigger: '.', source: `${head}export async function f() {\n  const r = await ${target}.${pkg.manager}.get(${params.map(() => `'x'`).join(', ')});\n  return r.‸;\n}\n` },
      );
    }
    return cases;
  });
}

const computeFactory = factoryOf('openstack-compute');
const networkFactory = factoryOf('openstack-network');
const identityFactory = factoryOf('openstack-identity');
const consumer = `import { ${computeFactory} as createCompute } from '@stratus/openstack-compute';
import { ${networkFactory} as createNetwork } from '@stratus/openstack-network';
import { ${identityFactory} as createIdentity } from '@stratus/openstack-identity';
const compute = createCompute({ baseUrl: 'https://nova.example.com/v2.1', token: 't' });
const network = createNetwork({ baseUrl: 'https://neutron.example.com/v2.0', token: 't' });
const identity = createIdentity({ baseUrl: 'https://keystone.example.com/v3', token: 't' });
export async function run() {
  const server = await compute.GET('/servers/{id}', { params: { path: { id: 'x' } } });
  const flavors = await compute.GET('/flavors/detail');
  const net = await network.GET('/networks/{network_id}', { params: { path: { network_id: 'n' } } });
  const project = await identity.GET('/projects/{project_id}', { params: { path: { project_id: 'p' } } });
  const shown = await compute.servers.get('x');
  return [server.data?.server.id, flavors.data?.flavors[0]?.name, net.data?.network?.name, project.data?.project?.name, shown.id];
}
`;
const floorConsumer = `import createFetchClient from 'openapi-fetch';
type Params<P> = [P] extends [never] ? { query?: never; header?: never; path?: never; cookie?: never } : { query?: never; header?: never; path: P; cookie?: never };
type Op<P, R> = { parameters: Params<P>; requestBody?: never; responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': R } } } };
type Item<O> = { parameters: Params<never> } & O & { put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };
interface ComputePaths {
  '/servers/{id}': Item<{ get: Op<{ id: string }, { server: { id: string } }> }>;
  '/flavors/detail': Item<{ get: Op<never, { flavors: { name: string }[] }> }>;
}
interface NetworkPaths { '/networks/{network_id}': Item<{ get: Op<{ network_id: string }, { network?: { name?: string } }> }> }
interface IdentityPaths { '/projects/{project_id}': Item<{ get: Op<{ project_id: string }, { project?: { name?: string } }> }> }
const compute = createFetchClient<ComputePaths>({ baseUrl: 'https://nova.example.com/v2.1' });
const network = createFetchClient<NetworkPaths>({ baseUrl: 'https://neutron.example.com/v2.0' });
const identity = createFetchClient<IdentityPaths>({ baseUrl: 'https://keystone.example.com/v3' });
export async function run() {
  const server = await compute.GET('/servers/{id}', { params: { path: { id: 'x' } } });
  const flavors = await compute.GET('/flavors/detail');
  const net = await network.GET('/networks/{network_id}', { params: { path: { network_id: 'n' } } });
  const project = await identity.GET('/projects/{project_id}', { params: { path: { project_id: 'p' } } });
  const shown = await compute.GET('/servers/{id}', { params: { path: { id: 'x' } } });
  return [server.data?.server.id, flavors.data?.flavors[0]?.name, net.data?.network?.name, project.data?.project?.name, shown.data?.server.id];
}
`;

const tsconfig = openstackBenchTsconfig();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));

const rows = [];
for (const pkg of packages) {
  const floor = openSession({ work, name: `floor-${pkg.cloud}`, cases: floorCases });
  const measured = openSession({ work, name: pkg.cloud, cases: packageCases(pkg) });
  for (let i = 0; i < samples + warmup; i++) {
    await floor.round(i, { record: i >= warmup });
    await measured.round(i, { record: i >= warmup });
  }
  floor.close();
  measured.close();
  const floorBy = Object.fromEntries(floor.results().map((result, index) => [floorCases[index].kind, result]));
  const cases = packageCases(pkg);
  measured.results().forEach((result, index) => {
    const base = floorBy[cases[index].kind];
    const broken = result.entries === 0 || (result.expect !== undefined && !result.offered);
    rows.push({ pkg: pkg.dir.replace(/^openstack-/, ''), ...result, floor: base.median, ratio: result.median / base.median, broken });
  });
  process.stderr.write(`${pkg.dir}: done\n`);
}

const [generated, handWritten] = measureTscCost({ work, tsconfig, runs, cases: [
  { name: 'compute-network-identity', source: consumer },
  { name: 'floor-consumer', source: floorConsumer },
] });

const pinnedNote = `direct and through createOpenStackClient(), unpinned and pinned`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const worst = Math.max(...rows.map((row) => row.ratio));
console.log(`\nOpenStack IDE cost vs a hand-written two-path openapi-fetch client (TypeScript ${createRequire(import.meta.url)('typescript/package.json').version}; median of ${samples} completions after an edit, samples alternated with the floor's per package; ${runs} tsc runs)\n`);
console.log('| package | completion | entries | latency | floor | × floor (≤ 3×) |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.pkg} | ${row.name}${row.broken ? ' (**no expected entries**)' : ''} | ${row.entries} | ${row.median.toFixed(0)} ms | ${row.floor.toFixed(0)} ms | ${row.ratio.toFixed(2)}× ${row.ratio <= 3 ? '✓' : '✗'} |`);
}
console.log(`\nWorst: ${worst.toFixed(2)}× the floor over ${rows.length} cases.\n`);
// Per package, the worst of its variants (direct / through the cloud client, unpinned / pinned) for each completion.
const columns = ['path', 'params', 'members', 'manager methods', 'manager result'];
console.log(`| package (worst of ${pinnedNote}) | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---|').join('')}`);
for (const name of [...new Set(rows.map((row) => row.pkg))]) {
  const cells = columns.map((column) => {
    const matching = rows.filter((row) => row.pkg === name && row.name.endsWith(` ${column}`));
    return matching.length === 0 ? '—' : `${Math.max(...matching.map((row) => row.ratio)).toFixed(2)}×`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
console.log('');
console.log('| consumer of compute + network + identity vs the same calls typed by hand | generated | floor | ratio | goal |');
console.log('|---|---|---|---|---|');
console.log(`| check time | ${generated.check.toFixed(2)} s | ${handWritten.check.toFixed(2)} s | ${ratio(generated.check, handWritten.check)} | (info) |`);
console.log(`| total tsc time | ${generated.total.toFixed(2)} s | ${handWritten.total.toFixed(2)} s | ${ratio(generated.total, handWritten.total)} | ≤ 1.5× ${generated.total <= 1.5 * handWritten.total ? '✓' : '✗'} |`);
console.log(`| memory | ${(generated.memoryK / 1024).toFixed(0)} MB | ${(handWritten.memoryK / 1024).toFixed(0)} MB | ${ratio(generated.memoryK, handWritten.memoryK)} | ≤ 1.5× ${generated.memoryK <= 1.5 * handWritten.memoryK ? '✓' : '✗'} |`);
console.log(`| types | ${generated.types} | ${handWritten.types} | ${ratio(generated.types, handWritten.types)} | (info) |`);
rmSync(work, { recursive: true, force: true });
