import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packages as allPackages } from './config/packages.config.js';
import { isSpecProblem } from './diagnostics/spec-error.js';
import { commitFiles } from './output/commit-files.js';
import { generate, selectPackages } from './pipeline/generate.js';
import { LOCK_PATH, pullSpecs } from './specs/pull-specs.js';
import { readSpecLock } from './specs/spec-lock.js';
import { updateSpecs } from './specs/update-specs.js';
import { syncVersions } from './pipeline/sync-versions.js';
import { buildSurfaces } from './surface/build-surfaces.js';
import { diffJson, diffText } from './surface/diff-report.js';
import { diffSurfaces, type PackageDiff } from './surface/diff-surfaces.js';
import { planSurfaceFiles, readCommittedSurfaces, SURFACE_DIR } from './surface/surface-files.js';

const USAGE = `Usage: stratus-gen <command> [options]

Commands:
  specs pull [--mirror DIR] [--provider NAME]
      Copy (or download) every upstream spec in specs/specs.lock.json into specs/upstream/ and
      verify its sha256. Source: --mirror, else $SPECS_MIRROR, else ../shared/specs, else the
      upstream URLs.
  specs update [--mirror DIR] [--provider NAME]        (also: specs pull --update)
      Accept new upstream content (mirror, else each entry's latestUrl): validate it, regenerate,
      print the API diff, write the lock (with provenance), one changeset per changed package and
      the API surface (${SURFACE_DIR}/). A spec that cannot be read changes nothing.
  specs diff [--json] [--provider NAME]
      Compare the API the specs in specs/upstream produce with the committed surface, per package:
      operations added, removed, changed, deprecated, each classified, and the semver bump needed.
  surface write [--provider NAME]
      Rewrite ${SURFACE_DIR}/ from the specs (after reviewing \`specs diff\`; add a changeset).
  generate [--provider NAME] [--check]
      Generate packages/* from the specs (which must match the lock). --check writes nothing and
      exits 1 naming the files and the API operations that would change.
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

type Io = { out: (s: string) => void; err: (s: string) => void };

function changedOperations(diff: readonly PackageDiff[]): number {
  return diff.reduce((sum, entry) => sum + new Set(entry.changes.map((change) => `${change.entryPoint} ${change.operation}`)).size, 0);
}

/** Runs the CLI and returns the exit code; never throws for input problems. */
export async function main(argv: readonly string[], io: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
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
        json: { type: 'boolean', default: false },
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
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  try {
    switch (command) {
      case 'specs pull': {
        if (values.update) {
          io.out('`specs pull --update` runs `specs update`: new content is validated and reviewed before the lock changes');
          return await update(root, values.mirror, values.provider, io);
        }
        await pullSpecs({ root, mirror: values.mirror, providers: values.provider, log: io.out });
        return 0;
      }
      case 'specs update':
        return await update(root, values.mirror, values.provider, io);
      case 'specs diff': {
        // With --json, stdout holds only the JSON; progress goes to stderr.
        const log = values.json ? io.err : io.out;
        const configs = selectPackages(allPackages, values.provider);
        const surfaces = await buildSurfaces({ root, configs, lock: await readSpecLock(join(root, LOCK_PATH)), log });
        const committed = await readCommittedSurfaces(root, configs, allPackages);
        const diff = diffSurfaces([...new Set(configs.map((config) => config.name))], committed, new Map(surfaces.map(({ surface }) => [surface.entryPoint, surface])));
        if (values.json) io.out(diffJson(diff));
        else for (const line of diffText(diff)) io.out(line);
        return 0;
      }
      case 'surface write': {
        const configs = selectPackages(allPackages, values.provider);
        const surfaces = await buildSurfaces({ root, configs, lock: await readSpecLock(join(root, LOCK_PATH)), log: io.out });
        const committed = await readCommittedSurfaces(root, configs, allPackages);
        const diff = diffSurfaces([...new Set(configs.map((config) => config.name))], committed, new Map(surfaces.map(({ surface }) => [surface.entryPoint, surface])));
        for (const line of diffText(diff, { limit: 20 })) io.out(line);
        const { writes, deletes } = await planSurfaceFiles(root, configs, allPackages, surfaces);
        await commitFiles(root, writes, deletes);
        io.out(`${SURFACE_DIR}: ${surfaces.length} entry points, ${writes.size} file(s) written, ${deletes.length} deleted (${seconds()} s)`);
        if (changedOperations(diff) > 0) io.out('add a changeset for the packages above (`pnpm changeset`) with the bump shown');
        return 0;
      }
      case 'generate': {
        io.out(values.check ? 'checking generated packages' : 'generating packages');
        const result = await generate({ root, providers: values.provider, check: values.check, log: io.out });
        const operations = result.packages.reduce((sum, p) => sum + p.operationCount, 0);
        // Several configs can feed one package (OVH's per-endpoint catalogues): count packages.
        const packageCount = new Set(result.packages.map((p) => p.name)).size;
        const apiChanges = changedOperations(result.surfaceDiff);
        if (values.check) {
          if (result.changes.length === 0 && apiChanges === 0) {
            io.out(`up to date: ${packageCount} packages, ${operations} operations (${seconds()} s)`);
            return 0;
          }
          if (apiChanges > 0) {
            io.err(`the API the specs produce differs from ${SURFACE_DIR}/ in ${apiChanges} operation(s):`);
            for (const line of diffText(result.surfaceDiff, { limit: 20 })) io.err(`  ${line}`);
            io.err(`review with \`stratus-gen specs diff\`, then \`stratus-gen surface write\` and a changeset`);
          }
          if (result.changes.length > 0) {
            io.err(`generated output is out of date; \`pnpm generate\` would change ${result.changes.length} file(s):`);
            for (const change of result.changes) io.err(`  ${change.kind.padEnd(6)} ${change.file}`);
          }
          return 1;
        }
        io.out(`${packageCount} packages, ${operations} operations, ${result.changes.length} file(s) written (${seconds()} s)`);
        if (apiChanges > 0) {
          io.out(`note: the API differs from ${SURFACE_DIR}/ in ${apiChanges} operation(s) (${result.surfaceDiff.filter((entry) => entry.bump !== 'none').map((entry) => `${entry.name}: ${entry.bump}`).join(', ')}); review with \`stratus-gen specs diff\`, accept with \`stratus-gen surface write\` and a changeset`);
        }
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

async function update(root: string, mirror: string | undefined, providers: string[] | undefined, io: Io): Promise<number> {
  const result = await updateSpecs({ root, mirror, providers, log: io.out });
  if (result.updated.length === 0) return 0;
  io.out('');
  for (const line of diffText(result.diff)) io.out(line);
  io.out('');
  io.out(`${result.updated.length} spec(s) updated in ${LOCK_PATH}, ${result.outputFiles} generated file(s) written, API surface refreshed in ${SURFACE_DIR}/`);
  for (const file of result.changesets) io.out(`changeset: ${file}`);
  return 0;
}
