// Bundle size of a one-call app: `createOvhClient` + the `me` descriptor + `client.get('/me')`, built
// with esbuild (bundled, minified) and gzipped, against the same app on @ovhcloud/node-ovh.
// Stratus is built for the browser and for platform "neutral"; node-ovh only runs on Node (it
// requires https, crypto, querystring), so it is built for Node with all its npm dependencies bundled.
// Needs `pnpm build` (the app imports @stratus/ovh's dist, as users do).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const GOAL_KB = 5;

const stratusApp = `
import { createOvhClient } from '@stratus/ovh';
import { me } from '@stratus/ovh/me';

const client = createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck', apis: [me] });
const account = await client.get('/me');
console.log('Welcome', account.firstname);
`;

const nodeOvhApp = `
const ovh = require('@ovhcloud/node-ovh')({ appKey: 'ak', appSecret: 'as', consumerKey: 'ck' });
ovh.requestPromised('GET', '/me').then((account) => console.log('Welcome', account.firstname));
`;

async function bundle(label, contents, options) {
  const result = await build({
    stdin: { contents, resolveDir: here, sourcefile: `${label}.js`, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    target: 'es2022',
    logLevel: 'silent',
    ...options,
  });
  const code = result.outputFiles[0].contents;
  return { label, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const kb = (bytes) => (bytes / 1024).toFixed(2);

// The other providers' one-call apps, for the size of core's pipeline in each (no goal, no competitor).
const openStackApp = `
import { createOpenStackClient } from '@stratus/openstack';
import * as compute from '@stratus/openstack-compute';

const cloud = await createOpenStackClient({ authUrl: 'https://keystone.example.com/v3', username: 'u', password: 'p', projectName: 'p', userDomainName: 'Default', projectDomainName: 'Default', services: { compute } });
for await (const server of cloud.compute.servers.list()) console.log(server.id);
`;
const openvCloudApp = `
import { createOpenvCloudClient } from '@stratus/openvcloud';

const g8 = createOpenvCloudClient({ url: 'https://g8.example.com', applicationId: 'id', secret: 's' });
console.log(await g8.api.cloudapi.images.list());
`;

const stratusBrowser = await bundle('stratus-browser', stratusApp, { platform: 'browser', format: 'esm' });
const stratusNeutral = await bundle('stratus-neutral', stratusApp, { platform: 'neutral', format: 'esm' });
const nodeOvh = await bundle('node-ovh', nodeOvhApp, { platform: 'node', format: 'cjs' });

const otherApps = [
  ['OpenStack (`createOpenStackClient` + compute, `servers.list()`)', await bundle('openstack', openStackApp, { platform: 'browser', format: 'esm' })],
  ['OpenvCloud (`createOpenvCloudClient`, `cloudapi.images.list()`)', await bundle('openvcloud', openvCloudApp, { platform: 'browser', format: 'esm' })],
];

console.log(`esbuild, minified, gzip -9. Goal: Stratus ≤ ${GOAL_KB} KB gzip.\n`);
console.log('| app | platform | minified KB | gzip KB | vs node-ovh (gzip) | goal ≤ 5 KB |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const [name, platform, result] of [
  ['Stratus (`createOvhClient` + `me`)', 'browser', stratusBrowser],
  ['Stratus (`createOvhClient` + `me`)', 'neutral', stratusNeutral],
  ['@ovhcloud/node-ovh 3.0.0 (deps bundled)', 'node', nodeOvh],
]) {
  const ratio = result === nodeOvh ? '1' : `${(result.gzip / nodeOvh.gzip).toFixed(3)} (${(nodeOvh.gzip / result.gzip).toFixed(1)}× smaller)`;
  const goal = result === nodeOvh ? '' : result.gzip <= GOAL_KB * 1024 ? 'met' : `**missed** (+${kb(result.gzip - GOAL_KB * 1024)} KB)`;
  console.log(`| ${name} | ${platform} | ${kb(result.minified)} | ${kb(result.gzip)} | ${ratio} | ${goal} |`);
}
console.log('\nOther providers, one-call apps (browser):\n');
console.log('| app | minified KB | gzip KB |');
console.log('| --- | ---: | ---: |');
for (const [name, result] of otherApps) console.log(`| ${name} | ${kb(result.minified)} | ${kb(result.gzip)} |`);

// What the Stratus bundle is made of: minified bytes per input (esbuild metafile), by package and
// by module. Gzip does not split per module, so each package's gzip share is measured directly: the
// same app rebuilt with that package left out (external).
const packageOf = (input) => {
  const match = input.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//);
  if (match) return match[1];
  const workspace = input.match(/packages\/([^/]+)\//);
  if (workspace) return `@stratus/${workspace[1]}`;
  return input.startsWith('<stdin>') || input.endsWith('.js') ? '(app)' : input;
};
const inputs = Object.entries(stratusBrowser.metafile.outputs)[0][1].inputs;
const byModule = Object.entries(inputs)
  .map(([input, { bytesInOutput }]) => ({ input: input.replace(/^.*?\/(packages|node_modules)\//, '$1/'), pkg: packageOf(input), bytes: bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes);
const byPackage = new Map();
for (const { pkg, bytes } of byModule) byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytes);
const totalInputBytes = byModule.reduce((sum, { bytes }) => sum + bytes, 0);

console.log(`\nStratus browser bundle by package (minified bytes in output; gzip cost = gzip of the full app minus gzip with the package external):\n`);
console.log('| package | minified bytes | share | gzip cost KB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [pkg, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  let gzipCost = '';
  if (pkg !== '(app)' && pkg !== '@stratus/ovh') {
    const without = await bundle(`without-${pkg}`, stratusApp, { platform: 'browser', format: 'esm', external: [pkg] });
    gzipCost = kb(stratusBrowser.gzip - without.gzip);
  }
  console.log(`| ${pkg} | ${bytes} | ${((bytes / totalInputBytes) * 100).toFixed(1)}% | ${gzipCost} |`);
}
console.log(`\nLargest modules:\n`);
console.log('| module | minified bytes |');
console.log('| --- | ---: |');
for (const { input, bytes } of byModule.slice(0, 15)) console.log(`| ${input} | ${bytes} |`);

// What-if: the gzip saved when a feature's modules are replaced by empty stubs (same export names,
// no code), so that they and everything only they import drop out. For finding what to make
// optional; the savings overlap and do not add up exactly.
function stubPlugin(patterns) {
  return {
    name: 'stub',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.m?js$/ }, (args) => {
        if (!patterns.some((pattern) => pattern.test(args.path))) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const names = new Set();
        for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/g)) names.add(match[1]);
        for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
          for (const part of match[1].split(',')) {
            const name = part.trim().split(/\s+as\s+/).pop();
            if (name) names.add(name);
          }
        }
        const hasDefault = /export\s+default\b/.test(source) || names.delete('default');
        const contents = [...names].map((name) => `export const ${name} = void 0;`).join('\n') + (hasDefault ? '\nexport default void 0;' : '');
        return { contents, loader: 'js' };
      });
    },
  };
}
const features = [
  ['openapi-fetch (only `@stratus/ovh/fetch-client` imports it)', [/\/openapi-fetch\//]],
  ['OAuth2 + access-token strategies (unused with AK/AS/CK)', [/ovh\/dist\/auth\/(create-ovh-oauth2-auth|fetch-oauth2-token|create-ovh-access-token-auth)\.js$/]],
  ['credential validation (`selectAuthMethod` messages)', [/ovh\/dist\/client\/select-auth-method\.js$/]],
  ['error classes, mapping and details (ovh + core errors/)', [/\/(ovh|core)\/dist\/errors\//]],
  ['secret redaction (core redaction/)', [/core\/dist\/redaction\//]],
  ['retries, backoff, timeouts (core pipeline/ retry and timeout policies + the helpers they use)', [/core\/dist\/pipeline\/(retry-policy|timeout-policy)\.js$/, /core\/dist\/transport\/(compute-backoff-delay|parse-retry-after|sleep|is-retryable-status)\.js$/]],
  ['clock sync + resync on time errors', [/ovh\/dist\/auth\/(create-ovh-clock|is-ovh-time-error)\.js$/]],
  ["python-ovh's bytes (urlencode quoting, json.dumps writer, Python number text, wire-form URL)", [/ovh\/dist\/client\/(quote-plus|to-python-json|format-python-number|to-wire-url)\.js$/]],
];
console.log(`\nWhat-if (Stratus, browser): gzip saved by stubbing out a feature's modules (overlapping, not additive):\n`);
console.log('| feature | gzip saved KB | bundle would be KB |');
console.log('| --- | ---: | ---: |');
for (const [feature, patterns] of features) {
  const without = await bundle('what-if', stratusApp, { platform: 'browser', format: 'esm', plugins: [stubPlugin(patterns)] });
  console.log(`| ${feature} | ${kb(stratusBrowser.gzip - without.gzip)} | ${kb(without.gzip)} |`);
}
const optional = await bundle('what-if', stratusApp, { platform: 'browser', format: 'esm', plugins: [stubPlugin([...features[0][1], ...features[1][1]])] });
console.log(`| the first two together (features this app never uses) | ${kb(stratusBrowser.gzip - optional.gzip)} | ${kb(optional.gzip)} |`);
const all = await bundle('what-if', stratusApp, { platform: 'browser', format: 'esm', plugins: [stubPlugin(features.flatMap(([, patterns]) => patterns))] });
console.log(`| all of the above together | ${kb(stratusBrowser.gzip - all.gzip)} | ${kb(all.gzip)} |`);
