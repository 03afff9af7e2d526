// What tsc's memory for a consumer of compute + network + identity is made of: the cost of reading and
// binding each part of the three packages' built types (`schema.d.ts`: openapi-typescript's
// `components`; `operation-maps.d.ts`: the compact operations; their doc comments), measured by
// programs that import trimmed copies.
// Binding costs the same whether a type is used or not, so an empty consumer file is enough.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTscCost } from './tsc-cost.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));
const work = join(here, '.work-openstack-declarations');
const runs = Number(process.env.IDE_TSC_RUNS ?? 3);
const packages = ['openstack-compute', 'openstack-network', 'openstack-identity'];
const ts = createRequire(import.meta.url)('typescript');

/** The top-level declarations of a built module (`schema`, `operation-maps`), by name, imports left out. */
function declarationsOf(dir, module) {
  const file = join(packagesDir, dir, `dist/${module}.d.ts`);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the package first (pnpm --filter @stratus/${dir} build)`);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  return source.statements
    .filter((statement) => statement.name !== undefined)
    .map((statement) => ({ module, name: statement.name.text, text: text.slice(statement.getFullStart(), statement.end) }));
}

const withoutDocComments = (text) => text.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/\n/gm, '');
const schemas = Object.fromEntries(packages.map((dir) => [dir, [...declarationsOf(dir, 'schema'), ...declarationsOf(dir, 'operation-maps')]]));
const parts = {
  'components (schema.d.ts)': ({ module }) => module === 'schema',
  'components + operation maps': () => true,
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module' }));
const cases = [{ name: 'libraries only', label: 'libraries only (TypeScript\'s lib files, no package)', source: 'export {};\n' }];
for (const [label, keep] of Object.entries(parts)) {
  for (const comments of label === 'components + operation maps' ? [true, false] : [true]) {
    const slug = `${label}${comments ? '' : ' no docs'}`.replace(/\W+/g, '-');
    const imports = packages.map((dir) => {
      const text = schemas[dir].filter((part) => keep(part)).map((part) => part.text).join('\n');
      writeFileSync(join(work, `${slug}-${dir}.d.ts`), `${comments ? text : withoutDocComments(text)}\nexport {};\n`);
      return `import type {} from '../${slug}-${dir}.js';\n`;
    });
    cases.push({ name: slug, label: `${label}${comments ? '' : ', doc comments removed'}`, source: imports.join('') });
  }
}

// Declarations are not checked (skipLibCheck, as a consumer would have); only parse and bind count.
const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2022', 'DOM', 'ESNext.Disposable'] } };
const measured = measureTscCost({ work, tsconfig, runs, cases });
const libraries = measured[0].memoryK;
console.log(`\nMemory tsc uses to read the built schema.d.ts and operation-maps.d.ts of ${packages.join(', ')} (TypeScript ${ts.version}; median of ${runs} runs)\n`);
console.log('| program imports | memory | over libraries only |');
console.log('|---|---|---|');
cases.forEach(({ label }, index) => {
  const memory = measured[index].memoryK;
  console.log(`| ${label} | ${(memory / 1024).toFixed(0)} MB | ${index === 0 ? '—' : `+${((memory - libraries) / 1024).toFixed(0)} MB`} |`);
});
rmSync(work, { recursive: true, force: true });
