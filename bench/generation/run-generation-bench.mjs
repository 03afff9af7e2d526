// On-demand benchmarks (`pnpm bench`), not run in CI. Needs `pnpm build:all` first.
// 1. Full generation time vs bare openapi-typescript over the same documents (goal: ratio ≤ 1.5×).
// 2. No-change rerun of `pnpm generate` (turbo cache hit).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const generator = await import(pathToFileURL(join(root, 'generator/dist/index.js')).href);
const require = createRequire(join(root, 'generator/package.json'));
const openapiTypescript = await import(pathToFileURL(require.resolve('openapi-typescript')).href);
const openapiTS = openapiTypescript.default.default ?? openapiTypescript.default;
const { astToString } = openapiTypescript;

const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function timeGeneration(packages) {
  // A scratch root sharing the real specs, so nothing in the repository is touched.
  const scratch = await mkdtemp(join(tmpdir(), 'stratus-bench-'));
  await symlink(join(root, 'specs'), join(scratch, 'specs'));
  await mkdir(join(scratch, 'generator'));
  await cp(join(root, 'generator/package-versions.json'), join(scratch, 'generator/package-versions.json'));
  const started = performance.now();
  await generator.generate({ root: scratch, packages });
  const elapsed = performance.now() - started;
  await rm(scratch, { recursive: true, force: true });
  return elapsed;
}

async function timeBareOpenapiTypescript() {
  const lock = await generator.readSpecLock(join(root, 'specs/specs.lock.json'));
  const started = performance.now();
  // openapi-typescript reads OpenAPI only: compare over the packages generated from OpenAPI documents.
  for (const config of generator.packages.filter((p) => p.reader === 'openapi')) {
    for (const id of config.inputs) {
      const file = lock.specs[id] ? join(root, 'specs/upstream', lock.specs[id].file) : join(root, 'specs', id);
      astToString(await openapiTS(pathToFileURL(file), { silent: true }));
    }
  }
  return performance.now() - started;
}

const generation = [];
const bare = [];
const openapiPackages = generator.packages.filter((p) => p.reader === 'openapi');
const ovh = [];
for (let i = 0; i < runs; i++) {
  generation.push(await timeGeneration(openapiPackages));
  ovh.push(await timeGeneration(generator.packages.filter((p) => p.reader === 'ovh')));
  bare.push(await timeBareOpenapiTypescript());
}

const turbo = (args) => {
  const started = performance.now();
  const output = execFileSync('pnpm', ['exec', 'turbo', 'run', 'generate:packages', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  return { ms: performance.now() - started, cached: /FULL TURBO|cache hit, replaying/.test(output) };
};
turbo([]); // prime the cache
const rerun = turbo([]);

const ratio = median(generation) / median(bare);
console.log(`\nStratus benchmarks (median of ${runs}, Node ${process.version})\n`);
console.log(`| measure | value | goal |`);
console.log(`|---|---|---|`);
console.log(`| full generation, ${openapiPackages.length} OpenAPI packages (write included) | ${seconds(median(generation))} | |`);
console.log(`| bare openapi-typescript, same documents | ${seconds(median(bare))} | |`);
console.log(`| ratio | ${ratio.toFixed(2)}× | ≤ 1.5× ${ratio <= 1.5 ? '✓' : '✗'} |`);
console.log(`| OVH native schemas → @stratus/ovh (6 catalogues, 13k operations) | ${seconds(median(ovh))} | (info) |`);
console.log(`| no-change \`turbo run generate:packages\` | ${seconds(rerun.ms)} (${rerun.cached ? 'cache hit' : 'NOT cached'}) | cache hit ${rerun.cached ? '✓' : '✗'} |`);
