import { Project, VariableDeclarationKind, IndentationText, QuoteKind } from 'ts-morph';
import type { ServicePackageConfig } from '../config/package-config.js';
import type { Customizations } from '../customizations/load-customizations.js';
import type { ServiceFacts } from './service-facts.js';
import { typePrefix } from './service-facts.js';

/** The package's `index.ts`: typed `paths`, a `service` descriptor and `create<Service>Client`. */
export function emitEntryPoint(config: ServicePackageConfig, facts: ServiceFacts, header: string, customizations?: Pick<Customizations, 'exportedNames' | 'typeOnlyNames'>): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('index.ts', '', { overwrite: true });
  const name = typePrefix(config);
  const display = config.service.displayName;
  const example = config.readmeExample.path;
  const urlHint = facts.versionPrefix
    ? `its versioned endpoint from the service catalog, e.g. \`https://${facts.serviceType ?? 'api'}.example.com${facts.versionPrefix.replace(/\/\{[^}]+\}/g, '/AUTH_project')}\``
    : `its endpoint from the service catalog, e.g. \`https://${facts.serviceType ?? 'api'}.example.com\``;

  const versioned = facts.microversion !== undefined;
  const coreTypes = versioned ? [{ name: 'OperationsAtMicroversion', isTypeOnly: true }, { name: 'PathsAtMicroversion', isTypeOnly: true }] : [];
  // ServiceClient: openapi-fetch's call shape, typed from the per-method operation maps (operation-maps.ts).
  file.addImportDeclaration({ moduleSpecifier: '@stratus/core', namedImports: ['createServiceClient', { name: 'ServiceClient', isTypeOnly: true }, { name: 'ServiceClientOptions', isTypeOnly: true }, ...coreTypes] });
  if (versioned) {
    // The spec's paths hold every variant (`Microversioned<…>`); users see them resolved at a version.
    file.addImportDeclaration({ moduleSpecifier: './operation-maps.js', namedImports: [{ name: 'SpecPaths', alias: 'specPaths', isTypeOnly: true }] });
    file.addImportDeclaration({ moduleSpecifier: './microversions.js', namedImports: [{ name: 'LatestMicroversion', isTypeOnly: true }, { name: 'Microversion', isTypeOnly: true }, { name: 'OperationMicroversions', isTypeOnly: true }, { name: 'OperationPartMicroversions', isTypeOnly: true }] });
    file.addImportDeclaration({ moduleSpecifier: './operation-maps.js', namedImports: [{ name: 'OperationsByMethod', isTypeOnly: true }, { name: 'VersionLimitedOperations', isTypeOnly: true }] });
    file.addExportDeclaration({ moduleSpecifier: './schema.js', isTypeOnly: true, namedExports: ['components'] });
    file.addExportDeclaration({ moduleSpecifier: './microversions.js', isTypeOnly: true, namedExports: ['LatestMicroversion', 'Microversion'] });
  } else {
    file.addImportDeclaration({ moduleSpecifier: './operation-maps.js', namedImports: [{ name: 'OperationsByMethod', isTypeOnly: true }] });
    file.addExportDeclaration({ moduleSpecifier: './schema.js', isTypeOnly: true, namedExports: ['components'] });
    file.addExportDeclaration({ moduleSpecifier: './operation-maps.js', isTypeOnly: true, namedExports: [{ name: 'SpecPaths', alias: 'paths' }, 'OperationsByMethod'] });
  }
  // One import gives users the client, its errors and `unwrap`: every public error class of Stratus
  // (`@stratus/core/errors`, the entry every provider package re-exports whole).
  file.addExportDeclaration({ moduleSpecifier: '@stratus/core/errors' });
  if (!customizations?.exportedNames.has('unwrap')) file.addExportDeclaration({ moduleSpecifier: '@stratus/core', namedExports: ['unwrap'] });
  if (customizations) {
    // By name, because a named export beats `export *`: a customization replaces core's class of the
    // same name (iotronicclient's ConnectionError), where two stars would cancel each other out.
    const names = [...customizations.exportedNames];
    const values = names.filter((name) => !customizations.typeOnlyNames.has(name));
    const types = names.filter((name) => customizations.typeOnlyNames.has(name));
    if (values.length > 0) file.addExportDeclaration({ moduleSpecifier: './customizations/index.js', namedExports: values });
    if (types.length > 0) file.addExportDeclaration({ moduleSpecifier: './customizations/index.js', isTypeOnly: true, namedExports: types });
  }
  // Managers (generator/src/emitters/managers/): `client.servers.list()`, typed from the client's paths.
  file.addImportDeclaration({ moduleSpecifier: './managers.js', namedImports: ['withManagers', { name: `${name}Managers`, isTypeOnly: true }] });
  file.addExportDeclaration({ moduleSpecifier: './managers.js', isTypeOnly: true, namedExports: [`${name}Managers`] });

  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Facts about the ${display} API this package was generated from (spec version ${facts.apiVersion}).`],
    declarations: [{ name: 'service', initializer: `${toLiteral(facts)} as const` }],
  });
  if (versioned) {
    file.addTypeAlias({
      isExported: true,
      name: 'PathsAt',
      typeParameters: [{ name: 'V', constraint: 'Microversion' }],
      type: 'PathsAtMicroversion<specPaths, OperationMicroversions, V, OperationPartMicroversions>',
      docs: [`The ${display} paths at microversion \`V\`: operations, request bodies and responses outside their \`x-openstack\` range are gone, request bodies and responses are the one variant valid at \`V\`.`],
    });
    file.addTypeAlias({ isExported: true, name: 'paths', type: 'PathsAt<LatestMicroversion>', docs: [`The paths at the newest microversion (${facts.microversion!.max}).`] });
    file.addTypeAlias({
      isExported: true,
      name: 'OperationsAt',
      typeParameters: [{ name: 'V', constraint: 'Microversion' }],
      type: 'OperationsAtMicroversion<OperationsByMethod, VersionLimitedOperations, V, OperationPartMicroversions>',
      docs: [`The ${display} operations at microversion \`V\`, by method then path (\`OperationsAt<V>['get']['/servers']\`), resolved as in \`PathsAt<V>\`: what the client's \`GET\`, \`POST\`, ... and managers are typed from.`],
    });
    file.addTypeAlias({
      isExported: true,
      name: `${name}Client`,
      typeParameters: [{ name: 'V', constraint: 'Microversion', default: 'LatestMicroversion' }],
      type: `ServiceClient<OperationsAt<V>> & ${name}Managers<OperationsAt<V>>`,
      docs: [`A typed ${display} client at microversion \`V\`: \`GET\`, \`POST\`, ... keyed by path, checked against the spec.`],
    });
    file.addInterface({
      isExported: true,
      name: `${name}ClientOptions`,
      typeParameters: [{ name: 'V', constraint: 'Microversion', default: 'LatestMicroversion' }],
      extends: ['ServiceClientOptions'],
      properties: [{ name: 'microversion', hasQuestionToken: true, type: 'V', docs: [`Pins the microversion (sent as \`${facts.microversion!.headers.map((h) => `${h.name}: ${h.serviceName ? `${h.serviceName} ` : ''}<v>`).join('` and `')}\`) and narrows the types to it. Unpinned: the newest version both this package (up to ${facts.microversion!.max}) and the server support, read once from the server's version document; the types describe ${facts.microversion!.max}.`] }],
      docs: [`Options of {@link create${name}Client}: \`baseUrl\`, \`token\` or \`auth\`, \`microversion\`, \`negotiateMicroversion\`, retries, timeout, user agent.`],
    });
  } else {
    file.addTypeAlias({ isExported: true, name: `${name}Client`, type: `ServiceClient<OperationsByMethod> & ${name}Managers<OperationsByMethod>`, docs: [`A typed ${display} client: \`GET\`, \`POST\`, ... keyed by path, checked against the spec.`] });
    file.addTypeAlias({ isExported: true, name: `${name}ClientOptions`, type: 'ServiceClientOptions', docs: [`Options of {@link create${name}Client}: \`baseUrl\`, \`token\` or \`auth\`, retries, timeout, user agent.`] });
  }
  file.addFunction({
    isExported: true,
    name: `create${name}Client`,
    ...(versioned ? { typeParameters: [{ name: 'V', constraint: 'Microversion', default: 'LatestMicroversion' }] } : {}),
    parameters: [{ name: 'options', type: versioned ? `${name}ClientOptions<V>` : `${name}ClientOptions` }],
    returnType: versioned ? `${name}Client<V>` : `${name}Client`,
    docs: [
      {
        description: [
          `Creates a typed client for the ${display} API.`,
          '',
          `\`baseUrl\` is ${urlHint}; paths are relative to it (\`${example}\`, not \`${facts.versionPrefix ?? ''}${example}\`).`,
          facts.auth ? `\`token\` is sent as \`${facts.auth.headerName}\` on every attempt.` : '',
          versioned ? `\`microversion: '${pinExample(facts.microversion!)}'\` pins a version and narrows every request and response type to it; unpinned, the client reads the server's version document once and sends the newest version both sides support (\`negotiateMicroversion: true\` also checks a pin against it, \`false\` turns discovery off).` : '',
        ].filter((line, index, all) => line !== '' || index < all.length - 1).join('\n'),
        tags: [
          {
            tagName: 'example',
            text: [
              '',
              '```ts',
              `const client = create${name}Client({ baseUrl, token });`,
              `const { data, error } = await client.GET('${example}');`,
              `// or, throwing a typed ApiError on failure:`,
              `const result = await unwrap(client.GET('${example}'));`,
              '```',
            ].join('\n'),
          },
        ],
      },
    ],
    statements: [versioned ? 'return withManagers(createServiceClient<OperationsAt<V>>(options, service));' : 'return withManagers(createServiceClient<OperationsByMethod>(options, service));'],
  });
  if (config.provider === 'openstack') file.addStatements(openStackRegistration(config, name, versioned));
  file.formatText({ indentSize: 2 });
  return header + '\n' + file.getFullText();
}

/**
 * Registers the client under its `cloud.<property>` name in `@stratus/core`'s registry, which
 * `@stratus/openstack` types its clouds from: its declarations then never name a service package
 * the user did not install.
 */
function openStackRegistration(config: ServicePackageConfig, name: string, versioned: boolean): string {
  const property = cloudPropertyName(config);
  const client = versioned ? `${name}Client<Pins extends { ${property}: infer V extends Microversion } ? V : LatestMicroversion>` : `${name}Client`;
  return [
    '',
    `/** \`cloud.${property}\` of \`@stratus/openstack\`: typed as soon as this package is part of the program. */`,
    `declare module '@stratus/core' {`,
    `  interface OpenStackServiceClients<Pins> {`,
    `    ${property}: ${client};`,
    `  }`,
    ...(versioned ? [`  interface OpenStackServiceMicroversions {`, `    ${property}: Microversion;`, `  }`] : []),
    `}`,
  ].join('\n');
}

/** `@stratus/openstack-block-storage` → `blockStorage`, the property of `@stratus/openstack`'s cloud. */
export function cloudPropertyName(config: ServicePackageConfig): string {
  const slug = config.name.replace(/^@stratus\/openstack-/, '');
  return slug.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A version between the oldest and the newest, for docs. */
function pinExample(microversion: { min: string; max: string }): string {
  const [major, newest] = microversion.max.split('.').map(Number) as [number, number];
  const oldest = microversion.min.startsWith(`${major}.`) ? Number(microversion.min.split('.')[1]) : 0;
  return `${major}.${Math.max(oldest, Math.floor((oldest + newest) / 2))}`;
}

/** A plain-data object as a TypeScript literal: identifier keys unquoted, single-quoted strings. */
function toLiteral(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : String(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[${value.map((item) => toLiteral(item, inner)).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${toLiteral(item, inner)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}
