// What tsc's memory for a consumer of compute + network + identity is made of: programs that import
// nothing but parts of the three packages' built types (`schema.d.ts`: the models; `operation-maps.d.ts`:
// the operations, with the models they import; `index.d.ts`: the whole package, managers and core
// included), against a program that imports nothing. Reading and binding cost the same whether a type is
// used or not, so no part is called. Memory is tsc's heap after a full GC (./tsc-cost.mjs).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTscCost } from './tsc-cost.mjs';
import { openstackBenchTsconfig } from './openstack-packages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));
const work = join(here, '.work-openstack-declarations');
const runs = Number(process.env.IDE_TSC_RUNS ?? 1);
const packages = ['openstack-compute', 'openstack-network', 'openstack-identity'];
const ts = createRequire(import.meta.url)('typescript');

function built(dir, module) {
  const file = join(packagesDir, dir, `dist/${module}.d.ts`);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the package first (pnpm --filter @stratus/${dir} build)`);
  return file.replace(/\.d\.ts$/, '.js');
}

const importing = (files) => `${files.map((file) => `import type {} from '${file}';`).join('\n')}\nexport {};\n`;
const cases = [{ name: 'nothing', label: 'nothing (TypeScript\'s lib files only)', source: 'export {};\n' }];
for (const dir of packages) {
  cases.push({ name: `${dir}-schema`, label: `${dir}: models (\`schema.d.ts\`)`, source: importing([built(dir, 'schema')]) });
  cases.push({ name: `${dir}-operations`, label: `${dir}: operation maps and models`, source: importing([built(dir, 'operation-maps')]) });
  cases.push({ name: `${dir}-index`, label: `${dir}: the whole package (managers, microversions, core)`, source: importing([built(dir, 'index')]) });
}
cases.push({ name: 'all', label: 'the three whole packages', source: importing(packages.map((dir) => built(dir, 'index'))) });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
const measured = measureTscCost({ work, tsconfig: openstackBenchTsconfig(), runs, cases });
const nothing = measured[0].memoryK;
console.log(`\nMemory tsc holds for programs that import parts of ${packages.join(', ')} (TypeScript ${ts.version}; median of ${runs} run${runs === 1 ? '' : 's'}; heap after a full GC)\n`);
console.log('| program imports | memory | over importing nothing |');
console.log('|---|---|---|');
cases.forEach(({ label }, index) => {
  const memory = measured[index].memoryK;
  console.log(`| ${label} | ${(memory / 1024).toFixed(1)} MB | ${index === 0 ? '—' : `+${((memory - nothing) / 1024).toFixed(1)} MB`} |`);
});
rmSync(work, { recursive: true, force: true });
