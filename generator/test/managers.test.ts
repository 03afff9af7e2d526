import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deriveResources, type DerivedResource } from '../src/emitters/managers/derive-resources.js';
import { emitManagers } from '../src/emitters/managers/emit-managers.js';
import { camelCase, singular } from '../src/emitters/managers/manager-naming.js';
import type { OpenApiDocument } from '../src/readers/openapi-document.js';
import { FIXTURES } from './helpers/repo.js';

async function tiny(): Promise<OpenApiDocument> {
  return parse(await readFile(join(FIXTURES, 'managers', 'tiny.yaml'), 'utf8')) as OpenApiDocument;
}

function byName(resources: DerivedResource[]): Map<string, DerivedResource> {
  return new Map(resources.map((r) => [r.name, r]));
}

describe('deriveResources', () => {
  it('names resources by the naming rules', async () => {
    const { resources } = deriveResources(await tiny());
    expect(resources.map((r) => [r.name, r.collectionPath])).toEqual([
      ['flavorAccess', '/flavors/{flavor_id}/os-flavor-access'], // parent singular + own word, not `flavorFlavorAccess`
      ['networks', '/networks'],
      ['osServices', '/os-services'], // `os-` kept: `services` is taken by /services
      ['policies', '/policies'],
      ['qosPolicies', '/qos/policies'], // equal names take in earlier path words
      ['quotaSets', '/os-quota-sets'], // an item path alone still makes a resource (get, update)
      ['routers', '/routers'],
      ['serverInterface', '/servers/{server_id}/os-interface'],
      ['servers', '/servers'],
      ['services', '/services'],
    ]);
  });

  it('lists with details, pages by links or markers, and unwraps single-key envelopes', async () => {
    const r = byName(deriveResources(await tiny()).resources);
    const servers = r.get('servers')!;
    expect(servers.list).toMatchObject({ path: '/servers/detail', items: 'servers', paging: 'links', hasQuery: true });
    expect(servers.get).toMatchObject({ path: '/servers/{id}', unwrap: 'server' });
    expect(servers.create).toMatchObject({ path: '/servers', unwrap: 'server', hasBody: true });
    expect(servers.update).toMatchObject({ path: '/servers/{id}', method: 'put', unwrap: 'server' });
    expect(servers.delete).toMatchObject({ path: '/servers/{id}' });
    expect(r.get('routers')!.list).toMatchObject({ items: 'routers', paging: 'links' });
    expect(r.get('networks')!.list).toMatchObject({ items: 'networks', paging: 'marker' });
    expect(r.get('osServices')!.list).toMatchObject({ items: 'services', paging: 'none' });
    expect(r.get('services')!.list).toMatchObject({ paging: 'links' });
    expect(r.get('serverInterface')!.get).toMatchObject({ path: '/servers/{server_id}/os-interface/{port_id}', unwrap: 'interfaceAttachment' });
  });

  it('makes a resource of an item path without a collection path', async () => {
    const quotaSets = byName(deriveResources(await tiny()).resources).get('quotaSets')!;
    expect([quotaSets.list, quotaSets.create, quotaSets.delete]).toEqual([undefined, undefined, undefined]);
    expect(quotaSets.get).toMatchObject({ path: '/os-quota-sets/{tenant_id}', unwrap: 'quota_set' });
    expect(quotaSets.update).toMatchObject({ path: '/os-quota-sets/{tenant_id}', method: 'put' });
  });

  it('makes update the PATCH and replace the PUT when an item has both', async () => {
    const services = byName(deriveResources(await tiny()).resources).get('services')!;
    expect(services.update?.method).toBe('patch');
    expect(services.replace?.method).toBe('put');
  });

  it('turns x-openstack action names into camelCase methods without clashes, and member paths into calls', async () => {
    const r = byName(deriveResources(await tiny()).resources);
    expect(r.get('servers')!.actions.map((a) => [a.name, a.action, a.optionalArgs])).toEqual([
      ['deleteAction', 'delete', true], // `delete` is the CRUD method
      ['forceDelete', 'force_delete', true],
      ['osForceDelete', 'os-force_delete', true], // `os-` kept: `forceDelete` is taken
      ['reboot', 'reboot', false],
      ['start', 'os-start', true],
    ]);
    // `/routers/{id}/states/power` hangs off the router (the nearest item), not `/routers/{id}/states`, which lists nothing.
    expect(r.get('routers')!.actions.map((a) => [a.name, a.method, a.action])).toEqual([
      ['addRouterInterface', 'put', undefined],
      ['power', 'put', undefined],
    ]);
  });

  it('reports what it cannot map and why', async () => {
    const { unmapped } = deriveResources(await tiny());
    expect(unmapped.map((u) => `${u.method.toUpperCase()} ${u.path}: ${u.reason}`)).toEqual([
      'GET /limits: GET answers no array to list, and there is no item path',
      'GET /routers/{id}/states: GET answers no array to list, and there is no item path',
      'GET /servers: summary list; list() reads /servers/detail',
    ]);
  });
});

describe('naming helpers', () => {
  it('camelCases and singularizes OpenStack words', () => {
    expect(['add_host', 'os-getConsoleOutput', 'OS-EP-FILTER', 'create-from-src', '2fa'].map(camelCase)).toEqual(['addHost', 'osGetConsoleOutput', 'osEpFilter', 'createFromSrc', '_2fa']);
    expect(['policies', 'addresses', 'servers', 'metadata', 'ips', 'status'].map(singular)).toEqual(['policy', 'address', 'server', 'metadata', 'ip', 'status']);
  });
});

describe('emitManagers', () => {
  const options = { typePrefix: 'Tiny', displayName: 'Tiny API', operationCount: 25 };

  it('is deterministic whatever the order of paths in the document', async () => {
    const document = await tiny();
    const reversed = { ...document, paths: Object.fromEntries(Object.entries(document.paths).reverse()) };
    const first = emitManagers(deriveResources(document), options, '// header\n');
    expect(emitManagers(deriveResources(reversed), options, '// header\n')).toBe(first);
  });

  it('emits the runtime table and methods typed from the client paths P, with JSDoc from the operations', async () => {
    const text = emitManagers(deriveResources(await tiny()), options, '// header\n');
    expect(text).toContain("reboot: {\n        path: '/servers/{id}/action',\n        method: 'post',\n        action: 'reboot',\n      },");
    expect(text).toContain("list(query?: QueryAt<P, '/servers/detail', 'get'>): Pager<ListItemAt<P, '/servers/detail', 'servers'>>;");
    expect(text).toContain("get(id: string): Promise<ResultAt<P, '/servers/{id}', 'get', 'server'>>;");
    expect(text).toContain("reboot(id: string, args: ActionArgsAt<P, '/servers/{id}/action', 'reboot'>)");
    expect(text).toContain("start(id: string, args?: ActionArgsAt<P, '/servers/{id}/action', 'os-start'>)");
    expect(text).toContain("get(serverId: string, portId: string): Promise<ResultAt<P, '/servers/{server_id}/os-interface/{port_id}', 'get', 'interfaceAttachment'>>;");
    expect(text).toContain(' * List Servers Detailed\n     *\n     * For each server, shows details.\n');
    expect(text).not.toContain('Second paragraph');
    expect(text).toContain('export interface TinyManagers<P extends {}> {');
    expect(text).toContain('export function withManagers<P extends {}>(client: ServiceClient<P>): ServiceClient<P> & TinyManagers<P> {');
    expect(text).toContain('22 of 25 operations have a manager method');
  });

  it("types find/findAll with core's Finders<P, Path, Items> when the list takes no path parameters, and writes them out with the parent ids otherwise", async () => {
    const text = emitManagers(deriveResources(await tiny()), options, '');
    expect(text).toContain("  readonly servers: Finders<P, '/servers/detail', 'servers'> & {\n");
    expect(text).toMatch(/readonly servers: Finders<[^\n]*\n(?:(?!  readonly )[^\n]*\n)*?  };/);
    expect(text.match(/readonly servers: [\s\S]*?\n  };/)![0]).not.toMatch(/\bfind(All)?\(/);
    expect(text).toMatch(/find\(serverId: string, filter: FilterOf<ListItemAt<P, '\/servers\/\{server_id\}\/os-interface', '\w+'>>\): Promise<ListItemAt<P, '\/servers\/\{server_id\}\/os-interface', '\w+'>>;/);
    expect(text).toMatch(/findAll\(serverId: string, filter: FilterOf<ListItemAt<P, '\/servers\/\{server_id\}\/os-interface', '\w+'>>\): Promise<ListItemAt<P, '\/servers\/\{server_id\}\/os-interface', '\w+'>\[\]>;/);
  });

  it('marks the methods of deprecated operations @deprecated, with the replacement when the spec names one', async () => {
    const document = await tiny();
    Object.assign(document.paths['/servers/{id}']!.delete!, { deprecated: true, description: 'Deletes a server. Use the os-stop action instead.' });
    Object.assign(document.paths['/servers/{id}']!.get!, { deprecated: true, 'x-stratus-deprecation': 'Deprecated since 2024-01-01. Use `/servers/{id}/v2` instead.' });
    const text = emitManagers(deriveResources(document), options, '');
    expect(text).toMatch(/ \* @deprecated Use the os-stop action instead\.\n\s+\*\/\n\s+delete\(id: string\): Promise<void>;/);
    expect(text).toMatch(/ \* @deprecated Deprecated since 2024-01-01\. Use `\/servers\/\{id\}\/v2` instead\.\n\s+\*\/\n\s+get\(id: string\)/);
    expect(text.match(/@deprecated/g)).toHaveLength(2);
  });

  it('passes a customization’s managerOptions to attachManagers', async () => {
    const text = emitManagers(deriveResources(await tiny()), { ...options, managerOptionsModule: './customizations/index.js' }, '');
    expect(text).toContain("import { managerOptions } from './customizations/index.js';");
    expect(text).toContain('attachManagers(client, managerTable, managerOptions)');
  });
});
