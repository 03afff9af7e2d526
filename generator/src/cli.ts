import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSpecProblem } from './diagnostics/spec-error.js';
import { generate } from './pipeline/generate.js';
import { LOCK_PATH, pullSpecs } from './specs/pull-specs.js';
import { syncVersions } from './pipeline/sync-versions.js';

const USAGE = `Usage: stratus-gen <command> [options]

Commands:
  specs pull [--update] [--mirror DIR] [--provider NAME]
      Copy (or download) every upstream spec in specs/specs.lock.json into specs/upstream/ and
      verify its sha256. Source: --mirror, else $SPECS_MIRROR, else ../shared/specs, else the
      upstream URLs. --update accepts new upstream content and rewrites the lock.
  generate [--provider NAME] [--check]
      Generate packages/* from the specs. --check writes nothing and exits 1 naming the files
      that would change.
  versions sync
      After \`changeset version\`: copy generated packages' new versions (and changelogs) back into
      generator/, since generated folders are not committed.

Options:
  --root DIR   repository root (default: nearest folder above with ${LOCK_PATH})
  -h, --help   show this help
`;

function findRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, LOCK_PATH))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Runs the CLI and returns the exit code; never throws for input problems. */
export async function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        mirror: { type: 'string' },
        provider: { type: 'string', multiple: true },
        update: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`stratus-gen: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals.join(' ');
  if (values.help || command === '') {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const root = values.root ? resolve(values.root) : findRoot(process.cwd());
  if (!root) {
    io.err(`stratus-gen: cannot find ${LOCK_PATH} in this folder or above; run inside the repository or pass --root`);
    return 2;
  }
  const started = performance.now();
  try {
    switch (command) {
      case 'specs pull': {
        await pullSpecs({ root, mirror: values.mirror, update: values.update, providers: values.provider, log: io.out });
        return 0;
      }
      case 'generate': {
        io.out(values.check ? 'checking generated packages' : 'generating packages');
        const result = await generate({ root, providers: values.provider, check: values.check, log: io.out });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const operations = result.packages.reduce((sum, p) => sum + p.operationCount, 0);
        // Several configs can feed one package (OVH's per-endpoint catalogues): count packages.
        const packageCount = new Set(result.packages.map((p) => p.name)).size;
        if (values.check) {
          if (result.changes.length === 0) {
            io.out(`up to date: ${packageCount} packages, ${operations} operations (${seconds} s)`);
            return 0;
          }
          io.err(`generated output is out of date; \`pnpm generate\` would change ${result.changes.length} file(s):`);
          for (const change of result.changes) io.err(`  ${change.kind.padEnd(6)} ${change.file}`);
          return 1;
        }
        io.out(`${packageCount} packages, ${operations} operations, ${result.changes.length} file(s) written (${seconds} s)`);
        return 0;
      }
      case 'versions sync': {
        const synced = await syncVersions({ root });
        for (const line of synced) io.out(`  ${line}`);
        io.out(`${synced.length} package version(s) synced`);
        return 0;
      }
      default:
        io.err(`stratus-gen: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (isSpecProblem(error)) {
      io.err(error.format());
      return 1;
    }
    throw error;
  }
}
