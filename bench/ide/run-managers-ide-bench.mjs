// IDE cost of the generated managers on compute (2.3 MB of types): a consumer of
// `compute.servers.get(id)` vs the same call through the raw client, `unwrap(compute.GET('/servers/{id}', …))`.
//  1. tsserver after an edit (median of N): quick info on the result (what hovering shows), and member
//     completion after `compute.servers.` vs path completion in `compute.GET('/servers…')`.
//  2. tsc check time and memory of each consumer.
// Needs the openstack packages built. Run: node bench/ide/run-managers-ide-bench.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openstackBenchTsconfig } from './openstack-packages.mjs';
import { measureTscCost, median } from './tsc-cost.mjs';
import { startTsserver } from './tsserver-session.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, '.work-managers');
const samples = Number(process.env.IDE_SAMPLES ?? 15);
const runs = Number(process.env.IDE_TSC_RUNS ?? 5);

const tsconfig = openstackBenchTsconfig();

const withManagers = `import { createComputeClient, unwrap } from '@stratus/openstack-compute';\nconst compute = createComputeClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't' });\n`;
// Baseline: the bare openapi-fetch client over the same paths, without the managers in its type.
const bare = `import type { Client } from 'openapi-fetch';\nimport { unwrap, type paths } from '@stratus/openstack-compute';\ndeclare const compute: Client<paths>;\n`;
const rawCall = { call: `unwrap(compute.GET('/servers/{id}', { params: { path: { id: 'x' } } }))`, complete: `compute.GET('/servers`, completeAfter: `compute.GET('/servers` };
const consumers = {
  'bare Client<paths>: GET + unwrap': { header: bare, ...rawCall },
  'createComputeClient: GET + unwrap': { header: withManagers, ...rawCall },
  'createComputeClient: servers.get(id)': { header: withManagers, call: `compute.servers.get('x')`, complete: `compute.servers.`, completeAfter: `compute.servers.` },
};

const source = ({ header, call, complete }) => `${header}// edit-marker: 0\nexport async function run() {\n  const server = await ${call};\n  return server;\n}\nexport const probe = ${complete}${complete.endsWith('.') ? 'get' : `')`};\n`;

async function editorLatencies(cases) {
  const sessions = cases.map(([name, consumer]) => {
    const text = source(consumer);
    const file = join(work, `${name.replace(/\W+/g, '-')}.ts`);
    writeFileSync(file, text);
    const server = startTsserver(work);
    server.notify('open', { file, fileContent: text, scriptKindName: 'TS' });
    const lines = text.split('\n');
    const hoverLine = lines.findIndex((l) => l.includes('const server =')) + 1;
    const hoverOffset = lines[hoverLine - 1].indexOf('server') + 2;
    const completeLine = lines.findIndex((l) => l.startsWith('export const probe')) + 1;
    const completeOffset = lines[completeLine - 1].indexOf(consumer.completeAfter) + consumer.completeAfter.length + 1;
    const markerLine = lines.findIndex((l) => l.includes('edit-marker')) + 1;
    return { name, file, server, hoverLine, hoverOffset, completeLine, completeOffset, markerLine, hover: [], completion: [], entries: 0, shown: '' };
  });
  for (let i = 0; i < samples + 3; i++) {
    for (const s of sessions) {
      s.server.notify('change', { file: s.file, line: s.markerLine, offset: 17, endLine: s.markerLine, endOffset: 18, insertString: String(i % 10) });
      let started = performance.now();
      const info = await s.server.request('quickinfo', { file: s.file, line: s.hoverLine, offset: s.hoverOffset });
      const hover = performance.now() - started;
      if (!info.success) throw new Error(`${s.name}: quickinfo failed: ${info.message}`);
      s.server.notify('change', { file: s.file, line: s.markerLine, offset: 17, endLine: s.markerLine, endOffset: 18, insertString: String((i + 5) % 10) });
      started = performance.now();
      const completion = await s.server.request('completionInfo', { file: s.file, line: s.completeLine, offset: s.completeOffset, includeExternalModuleExports: false });
      const complete = performance.now() - started;
      if (!completion.success) throw new Error(`${s.name}: completion failed: ${completion.message}`);
      s.entries = completion.body?.entries?.length ?? 0;
      s.shown = info.body?.displayString?.length ?? 0;
      if (i >= 3) {
        s.hover.push(hover);
        s.completion.push(complete);
      }
    }
  }
  for (const { server } of sessions) server.close();
  return sessions.map((s) => ({ hover: median(s.hover), completion: median(s.completion), entries: s.entries, shown: s.shown }));
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
const cases = Object.entries(consumers);
const editor = await editorLatencies(cases);
const checks = measureTscCost({ work, tsconfig, runs, cases: cases.map(([name, consumer]) => ({ name, source: source(consumer) })) });
console.log(`\nManagers vs raw client on compute (TypeScript ${createRequire(import.meta.url)('typescript/package.json').version}; median of ${samples} requests after an edit, ${runs} tsc runs)\n`);
console.log('| consumer | quick info on the result | completion | entries | check time | total tsc | memory | types |');
console.log('|---|---|---|---|---|---|---|---|');
cases.forEach(([name], index) => {
  const e = editor[index];
  const t = checks[index];
  console.log(`| ${name} | ${e.hover.toFixed(0)} ms | ${e.completion.toFixed(0)} ms | ${e.entries} | ${t.check.toFixed(2)} s | ${t.total.toFixed(2)} s | ${(t.memoryK / 1024).toFixed(0)} MB | ${t.types} |`);
});
rmSync(work, { recursive: true, force: true });
