// `pnpm bench`: on-demand benchmarks, never part of CI (timings depend on the machine).
// Needs `pnpm build:all` first. `pnpm bench generation ide` runs a subset.
import { execFileSync } from 'node:child_process';

const suites = {
  generation: 'generation/run-generation-bench.mjs',
  ide: 'ide/run-ide-bench.mjs',
  'ide-openstack': 'ide/run-openstack-ide-bench.mjs',
  'ide-openstack-declarations': 'ide/run-openstack-declaration-cost.mjs',
  'ide-managers': 'ide/run-managers-ide-bench.mjs',
  bundle: 'bundle/run-bundle-bench.mjs',
  throughput: 'throughput/run-throughput-bench.mjs',
};
const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(suites);
for (const name of selected) {
  if (!suites[name]) {
    console.error(`unknown bench "${name}"; known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  execFileSync(process.execPath, [new URL(suites[name], import.meta.url).pathname], { stdio: 'inherit' });
}
