// IDE cost of microversion-narrowed OpenStack types (compute, 2.3 MB of types), with tsserver and tsc:
// openapi-fetch over the spec's raw `paths` (every variant as a union: what the package exported
// before microversion narrowing) vs the same client over `PathsAt<Latest>` (unpinned) and
// `PathsAt<'2.79'>` (pinned), and the package's own `createClient` (managers attached).
//  1. Path-string completion latency in `client.GET('/servers…')` after an edit (median of N).
//  2. Type-check time and memory of a small consumer (server show, server create, flavors).
// Needs `pnpm build:all` (or the openstack packages built). Run: node bench/ide/run-openstack-ide-bench.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTsserver } from './tsserver-session.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, '.work-openstack');
const compute = fileURLToPath(new URL('../../packages/openstack-compute/', import.meta.url));
const samples = Number(process.env.IDE_SAMPLES ?? 15);
const runs = Number(process.env.IDE_TSC_RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The bench workspace does not depend on the OpenStack packages: map them to the built files.
const tsconfig = {
  compilerOptions: {
    target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [],
    paths: {
      '@stratus/openstack-compute': [join(compute, 'dist/index.d.ts')],
      'compute-raw-schema': [join(compute, 'dist/schema.d.ts')],
      'openapi-fetch': [join(compute, 'node_modules/openapi-fetch/dist/index.d.mts')],
    },
  },
};

const clients = {
  raw: `import type { Client } from 'openapi-fetch';\nimport type { paths } from 'compute-raw-schema';\ndeclare const client: Client<paths>;`,
  unpinned: `import type { Client } from 'openapi-fetch';\nimport type { paths } from '@stratus/openstack-compute';\ndeclare const client: Client<paths>;`,
  pinned: `import type { Client } from 'openapi-fetch';\nimport type { PathsAt } from '@stratus/openstack-compute';\ndeclare const client: Client<PathsAt<'2.79'>>;`,
  'createClient pinned (+managers)': `import { createClient } from '@stratus/openstack-compute';\nconst client = createClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't', microversion: '2.79' });`,
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

async function completionLatencies(cases) {
  const sessions = cases.map(([name, client]) => {
    const source = completionSource(client);
    const file = join(work, `${name.replace(/\W+/g, '-')}.ts`);
    writeFileSync(file, source);
    const server = startTsserver(work);
    server.notify('open', { file, fileContent: source, scriptKindName: 'TS' });
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes('client.GET(')) + 1;
    const offset = lines[line - 1].indexOf(`'/servers'`) + 2 + '/servers'.length;
    const markerLine = lines.findIndex((l) => l.includes('edit-marker')) + 1;
    return { name, file, server, line, offset, markerLine, times: [], entries: 0 };
  });
  for (let i = 0; i < samples + 3; i++) {
    for (const session of sessions) {
      const { name, file, server, line, offset, markerLine } = session;
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

function typecheckAll(cases) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const dirs = cases.map(([name, client]) => {
    const dir = join(work, `tsc-${name.replace(/\W+/g, '-')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), consumerSource(client));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['consumer.ts'] }));
    return { dir, runs: [] };
  });
  for (let i = 0; i < runs; i++) {
    for (const entry of dirs) {
      let output;
      try {
        output = execFileSync(process.execPath, [tsc, '-p', entry.dir, '--extendedDiagnostics'], { encoding: 'utf8' });
      } catch (error) {
        throw new Error(`tsc failed on ${entry.dir}:\n${error.stdout}`);
      }
      const number = (label) => Number(/^(?:\S.*?):\s+([\d.]+)/m.exec(output.split('\n').find((l) => l.startsWith(label)) ?? '')?.[1]);
      entry.runs.push({ check: number('Check time'), total: number('Total time'), memoryK: number('Memory used') });
    }
  }
  return dirs.map(({ runs: measured }) => ({ check: median(measured.map((r) => r.check)), total: median(measured.map((r) => r.total)), memoryK: median(measured.map((r) => r.memoryK)) }));
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
const cases = Object.entries(clients);
const completions = await completionLatencies(cases);
const checks = typecheckAll(cases);
console.log(`\nOpenStack compute IDE cost (TypeScript ${createRequire(import.meta.url)('typescript/package.json').version}; median of ${samples} completions after an edit, ${runs} tsc runs)\n`);
console.log('| client | completion in GET(\'/servers…\') | entries | consumer check time | total tsc time | memory |');
console.log('|---|---|---|---|---|---|');
cases.forEach(([name], index) => {
  const c = completions[index];
  const t = checks[index];
  console.log(`| ${name} | ${c.median.toFixed(0)} ms | ${c.entries} | ${t.check.toFixed(2)} s | ${t.total.toFixed(2)} s | ${(t.memoryK / 1024).toFixed(0)} MB |`);
});
rmSync(work, { recursive: true, force: true });
