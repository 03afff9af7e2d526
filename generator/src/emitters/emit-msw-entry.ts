import type { ServicePackageConfig } from '../config/package-config.js';
import type { ServiceFacts } from './service-facts.js';
import { exampleBaseUrl, typePrefix } from './service-facts.js';

/**
 * Versions of the packages the `./msw` entry builds on. They are optional peer dependencies: only
 * users who import `<package>/msw` in their tests need them, the runtime entry never loads them.
 */
export const MSW_DEPENDENCIES = { msw: '2.15.0', 'openapi-msw': '2.0.0' } as const;
export const MSW_PEER_RANGES = { msw: '^2.10.5', 'openapi-msw': '^2.0.0' } as const;

/**
 * The package's `msw.ts`: typed msw handlers for users' own tests. openapi-msw does the typing
 * (paths per method, path params, query, request body, response per status) from the package's `paths`;
 * this only binds the base URL so handlers match what the client sends.
 */
export function emitMswEntry(config: ServicePackageConfig, facts: ServiceFacts, header: string): string {
  const name = typePrefix(config);
  const display = config.service.displayName;
  const example = config.readmeExample.path;
  const exampleUrl = exampleBaseUrl(facts);
  return `${header}
import { createOpenApiHttp, type OpenApiHttpHandlers } from 'openapi-msw';
import type { SpecPaths as paths } from './operation-maps.js';

/** msw handler factories typed from the ${display} spec: \`get\`, \`post\`, ... plus \`untyped\`. */
export type ${name}Http = OpenApiHttpHandlers<paths>;

/**
 * Typed msw handlers for the ${display} API, for your own tests. Pass the same \`baseUrl\` as the
 * client's (e.g. \`${exampleUrl}\`); paths, path params, query, request body and response bodies are
 * checked against the spec.
 *
 * @example
 * \`\`\`ts
 * import { setupServer } from 'msw/node';
 * import { create${name}Http } from '${config.name}/msw';
 *
 * const http = create${name}Http('${exampleUrl}'); // body below is checked against the spec
 * const server = setupServer(
 *   http.get('${example}', ({ response }) => response(200).json(body)),
 * );
 * \`\`\`
 */
export function create${name}Http(baseUrl: string): ${name}Http {
  return createOpenApiHttp<paths>({ baseUrl: baseUrl.replace(/\\/+$/, '') });
}
`;
}
