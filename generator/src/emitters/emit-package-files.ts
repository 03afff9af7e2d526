import type { ServicePackageConfig } from '../config/package-config.js';
import type { ServiceFacts } from './service-facts.js';
import { generatedNotice, type Provenance } from './generated-header.js';
import { exampleBaseUrl, typePrefix } from './service-facts.js';
import { MSW_DEPENDENCIES, MSW_PEER_RANGES } from './emit-msw-entry.js';
import { cloudPropertyName } from './emit-entry-point.js';

/** Versions of what generated packages depend on; kept beside the emitter that writes them. */
export const RUNTIME_DEPENDENCIES = { '@stratus/core': 'workspace:^', 'openapi-fetch': '0.17.0' } as const;

export function emitPackageJson(config: ServicePackageConfig, version: string, provenance: Provenance): string {
  const manifest = {
    '//': generatedNotice(provenance),
    name: config.name,
    version,
    description: config.description,
    license: 'Apache-2.0',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './msw': { types: './dist/msw.d.ts', default: './dist/msw.js' },
      './package.json': './package.json',
    },
    // What users run and type-check; sources and maps stay out (the maps would point at src/).
    files: ['dist', '!dist/**/*.map'],
    engines: { node: '>=20.19' },
    keywords: ['stratus', config.provider, ...(config.service.serviceType ? [config.service.serviceType] : []), 'openapi', 'sdk'],
    scripts: {
      build: 'tsc -p tsconfig.json',
      'lint:package': 'publint && attw --pack . --profile esm-only',
    },
    dependencies: RUNTIME_DEPENDENCIES,
    // Only `./msw` (test helpers) needs these; the client entry never imports them.
    peerDependencies: MSW_PEER_RANGES,
    peerDependenciesMeta: { msw: { optional: true }, 'openapi-msw': { optional: true } },
    devDependencies: MSW_DEPENDENCIES,
    stratus: { generated: true, provider: config.provider, inputs: provenance.inputs },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

export function emitTsconfig(provenance: Provenance): string {
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: 'src/generated', outDir: 'dist', types: [] },
    include: ['src/generated'],
  };
  return `// ${generatedNotice(provenance)}\n` + JSON.stringify(tsconfig, null, 2) + '\n';
}

/** Generated packages are build output: this keeps the whole folder out of git. */
export function emitGitignore(provenance: Provenance): string {
  return `# ${generatedNotice(provenance)}\n*\n`;
}

export function emitReadme(config: ServicePackageConfig, facts: ServiceFacts, operationCount: number, provenance: Provenance): string {
  const name = typePrefix(config);
  const example = config.readmeExample.path;
  const baseUrl = exampleBaseUrl(facts);
  return `<!-- ${generatedNotice(provenance)} -->
# ${config.name}

${config.description}

- ${operationCount} operations from spec version ${facts.apiVersion} (${provenance.inputs.join(', ')}), typed from request to response, with the spec's documentation as JSDoc.
- Built on [openapi-fetch](https://openapi-ts.dev/openapi-fetch/) and [\`@stratus/core\`](../core): retries with backoff for idempotent calls, per-attempt timeout, typed errors with secrets redacted. Runs wherever \`fetch\` exists (Node 20+, Bun, Deno, browsers).

## Install

\`\`\`sh
npm install ${config.name}
\`\`\`

ESM only; TypeScript settings: [the root README](../../README.md#use-it). A first call:

\`\`\`ts
import { create${name}Client, unwrap } from '${config.name}';

const client = create${name}Client({ baseUrl: process.env.OS_ENDPOINT!, token: process.env.OS_TOKEN! }); // e.g. ${baseUrl}
const result = await unwrap(client.GET('${example}'));
console.log(result); // ${config.readmeExample.resultNote}
\`\`\`
${config.provider === 'openstack' ? `
With Keystone and the catalog, through [\`@stratus/openstack\`](../openstack): \`createOpenStackClient({ …, services: { ${cloudPropertyName(config)} } })\`, where \`${cloudPropertyName(config)}\` is \`import * as ${cloudPropertyName(config)} from '${config.name}'\`, then \`cloud.${cloudPropertyName(config)}\`.
` : ''}
## Example

\`\`\`ts
import { create${name}Client, unwrap, NotFoundError } from '${config.name}';

const client = create${name}Client({
  baseUrl: '${baseUrl}', // the versioned endpoint from your service catalog
  token: process.env.OS_TOKEN!, // sent as ${facts.auth?.headerName ?? 'Authorization'}
  userAgent: { appName: 'my-tool', appVersion: '1.0.0' },
});

// Result style: { data, error, response }
const { data, error } = await client.GET('${example}');
if (error) console.error(error);
else console.log(data); // ${config.readmeExample.resultNote}

// Throwing style: returns data or throws a typed ApiError (NotFoundError, UnauthorizedError, …)
try {
  const result = await unwrap(client.GET('${example}'));
} catch (err) {
  if (err instanceof NotFoundError) console.log(err.status, err.requestId);
  else throw err;
}
\`\`\`

Paths are written without the version prefix${facts.versionPrefix ? ` (\`${example}\`, not \`${facts.versionPrefix}${example}\`)` : ''}: pass the catalog URL as \`baseUrl\`.
\`${name}Client\`, \`paths\` and \`components\` are exported for your own signatures.

## Managers

\`create${name}Client\` also attaches novaclient-style managers, typed from the same spec (and narrowed with the client's microversion): \`client.<resource>.list(query)\` pages through every result (\`for await\`, \`.firstPage()\`, \`.all()\`), \`.find({ name: 'x' })\` returns the one item whose attributes match (throwing \`NoMatchError\` or \`NoUniqueMatchError\`), \`.get(id)\`, \`.create(body)\`, \`.update(id, body)\` and \`.delete(id)\` return items without their envelope, and OpenStack actions are methods (\`servers.reboot(id, { type: 'HARD' })\`). \`${name}Managers\` lists them with their paths; operations without a manager method stay on \`client.GET\`, \`client.POST\`, ….

## Testing with msw

\`${config.name}/msw\` gives typed [msw](https://mswjs.io) handlers (through [openapi-msw](https://github.com/christoph-fricke/openapi-msw)) for your own tests; install \`msw\` and \`openapi-msw\` as dev dependencies:

\`\`\`ts
import { setupServer } from 'msw/node';
import { create${name}Http } from '${config.name}/msw';

const http = create${name}Http('${baseUrl}'); // the client's baseUrl
const server = setupServer(
  http.get('${example}', ({ response }) => response(200).json(/* checked against the spec */)),
);
\`\`\`

${config.provider === 'openstack' ? 'Keystone login, catalog lookup and microversion negotiation live in `@stratus/openstack`; this package takes a base URL and a token.\n\n' : ''}## Regenerating

This package is generated; do not edit it. Upstream fixes go into \`specs/overlays/\`, behaviour into \`generator/\`, then \`pnpm generate\`.
`;
}
