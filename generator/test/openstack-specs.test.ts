/**
 * The known OpenStack fixes, checked on the REAL pulled specs (read-only) with the real package
 * configs. Skipped when the specs have not been pulled (`pnpm specs:pull`).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packages } from '../src/config/packages.config.js';
import type { PackageConfig } from '../src/config/package-config.js';
import { buildDocument, buildPackage } from '../src/pipeline/build-package.js';
import { HTTP_METHODS, type OpenApiDocument } from '../src/readers/openapi-document.js';
import { readSpecLock, type SpecLock } from '../src/specs/spec-lock.js';
import { resolvePointer } from '../src/diagnostics/json-pointer.js';
import { operationMedia } from '../src/emitters/body-media.js';
import { deriveResources } from '../src/emitters/managers/derive-resources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PULLED = existsSync(join(ROOT, 'specs/upstream/openstack/compute/v2.104.yaml'));

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

function operations(document: OpenApiDocument): { path: string; method: string; operation: Node }[] {
  return Object.entries(document.paths).flatMap(([path, item]) => HTTP_METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] as Node }] : [])));
}

/** Follows a local $ref. */
function deref(document: OpenApiDocument, node: unknown): unknown {
  return isNode(node) && typeof node['$ref'] === 'string' ? resolvePointer(document, node['$ref'].slice(1)) : node;
}

/** Every place (JSON pointer-ish path) below `node` where `predicate` holds for a key. */
function findKeys(node: unknown, predicate: (key: string) => boolean, at = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => findKeys(child, predicate, `${at}/${index}`));
  if (!isNode(node)) return [];
  return Object.entries(node).flatMap(([key, child]) => [...(predicate(key) ? [`${at}/${key}`] : []), ...findKeys(child, predicate, `${at}/${key}`)]);
}

describe.skipIf(!PULLED)('real OpenStack specs', () => {
  const built = new Map<string, OpenApiDocument>();
  let lock: SpecLock;
  const doc = (slug: string): OpenApiDocument => {
    const document = built.get(`packages/openstack-${slug}`);
    if (!document) throw new Error(`no document for ${slug}`);
    return document;
  };

  beforeAll(async () => {
    lock = await readSpecLock(join(ROOT, 'specs/specs.lock.json'));
    for (const config of packages as readonly PackageConfig[]) {
      if (config.provider !== 'openstack') continue;
      const files = config.inputs.map((id) => {
        const path = id.startsWith('authored/') ? join(ROOT, 'specs', id) : join(ROOT, 'specs/upstream', lock.specs[id]!.file);
        return { id, path, displayPath: relative(ROOT, path) };
      });
      const { document } = await buildDocument(ROOT, config, files);
      built.set(config.directory, document);
    }
  }, 60_000);

  it('the pulled files are the locked bytes', async () => {
    for (const config of packages.filter((p) => p.provider === 'openstack')) {
      for (const id of config.inputs.filter((input) => !input.startsWith('authored/'))) {
        const spec = lock.specs[id]!;
        const bytes = await readFile(join(ROOT, 'specs/upstream', spec.file));
        expect(createHash('sha256').update(bytes).digest('hex'), `${spec.file} (run pnpm specs:pull)`).toBe(spec.sha256);
      }
    }
  });

  it('every package builds, and every operation has a summary or description', () => {
    expect([...built.keys()].sort()).toEqual(packages.filter((p) => p.provider === 'openstack').map((p) => p.directory).sort());
    for (const [directory, document] of built) {
      const undocumented = operations(document).filter(({ operation }) => !operation['summary'] && !operation['description']);
      expect(undocumented.map(({ path, method }) => `${directory} ${method} ${path}`)).toEqual([]);
    }
  });

  // Hand-written customizations are copied as they are (and are small); the emitted modules are checked.
  it('every emitted module is Latin-1, so TypeScript holds its text at one byte per character', async () => {
    const wide: string[] = [];
    for (const config of packages.filter((p) => p.provider === 'openstack')) {
      const { output } = await buildPackage(ROOT, config, lock, '1.2.3');
      for (const [file, content] of output.files) {
        const character = [...content].find((c) => c.codePointAt(0)! > 0xff);
        if (file.endsWith('.ts') && !file.includes('/customizations/') && character) wide.push(`${config.directory}/${file}: ${JSON.stringify(character)}`);
      }
    }
    expect(wide).toEqual([]);
  }, 120_000);

  it('operation counts: compute 209, identity 366, block-storage 174, network 353', () => {
    expect({
      compute: operations(doc('compute')).length,
      identity: operations(doc('identity')).length,
      'block-storage': operations(doc('block-storage')).length,
      network: operations(doc('network')).length,
    }).toEqual({ compute: 209, identity: 366, 'block-storage': 174, network: 353 });
  });

  it('compute: POST /servers answers 202, not 201; no path keeps /v2.1', () => {
    const compute = doc('compute');
    const responses = compute.paths['/servers']!.post!.responses!;
    expect(Object.keys(responses)).toContain('202');
    expect(Object.keys(responses)).not.toContain('201');
    const accepted = deref(compute, responses['202']) as Node;
    expect(deref(compute, ((accepted['content'] as Node)['application/json'] as Node)['schema'])).toBeTruthy();
    expect(Object.keys(compute.paths).filter((path) => path.startsWith('/v2.1'))).toEqual([]);
    expect(compute.paths['/servers']!.get).toBeDefined();
  });

  it('identity: POST /auth/tokens answers 201 with X-Subject-Token, not 200', () => {
    const identity = doc('identity');
    const responses = identity.paths['/auth/tokens']!.post!.responses!;
    expect(Object.keys(responses)).not.toContain('200');
    const created = deref(identity, responses['201']) as Node;
    const headers = created['headers'] as Node;
    expect(Object.keys(headers)).toContain('X-Subject-Token');
    expect(deref(identity, headers['X-Subject-Token'])).toMatchObject({ schema: expect.anything() });
    expect(deref(identity, ((created['content'] as Node)['application/json'] as Node)['schema'])).toBeTruthy();
  });

  it('identity: no schema says issues_at; the token schemas have issued_at', () => {
    const schemas = doc('identity').components!.schemas!;
    expect(findKeys(schemas, (key) => key === 'issues_at')).toEqual([]);
    for (const name of ['AuthTokensPostResponse', 'AuthTokensGetResponse']) {
      const token = ((schemas[name] as Node)['properties'] as Node)['token'] as Node;
      expect((token['properties'] as Node)['issued_at'], name).toMatchObject({ type: 'string', format: 'date-time' });
    }
  });

  it('identity: catalog endpoint items have region_id', () => {
    const schemas = doc('identity').components!.schemas!;
    const endpointProperties = findKeys(schemas, (key) => key === 'catalog').flatMap((at) => {
      const endpoints = resolvePointer(schemas, `${at}/items/properties/endpoints/items/properties`);
      return isNode(endpoints) ? [{ at, endpoints }] : [];
    });
    expect(endpointProperties.length).toBeGreaterThanOrEqual(2);
    for (const { at, endpoints } of endpointProperties) expect(Object.keys(endpoints), at).toContain('region_id');
  });

  it('block-storage: the /v3/{project_id} family is gone and /volumes exists', () => {
    const storage = doc('block-storage');
    const paths = Object.keys(storage.paths);
    expect(paths.filter((path) => path.startsWith('/{project_id}'))).toEqual([]);
    // {project_id} survives only where it names the *target* project of a quota call, not the
    // tenant prefix: /os-quota-sets/{project_id}[/defaults] (upstream operationIds os-quota-sets/id:*).
    const projectPaths = paths.filter((path) => path.includes('{project_id}'));
    expect(projectPaths.filter((path) => !/^(\/\{[^}]+\})?\/os-quota-sets\/\{project_id\}(\/defaults)?$/.test(path))).toEqual([]);
    expect(projectPaths).toContain('/os-quota-sets/{project_id}');
    expect(storage.paths['/volumes']?.get).toBeDefined();
  });

  // Upstream spells the project-scoped family both `/v3/{project_id}/…` and `/v3/{admin_project_id}/…`;
  // both are dropped, each operation keeps its project-less twin.
  it('block-storage keeps no operation of the project-scoped family', () => {
    const scoped = operations(doc('block-storage')).filter(({ operation }) => String(operation['operationId']).startsWith('project_id/'));
    expect(scoped.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('object-store: paths are /, /{container}, /{container}/{object} with no account path parameter', () => {
    const store = doc('object-store');
    expect(Object.keys(store.paths).sort()).toEqual(['/', '/{container}', '/{container}/{object}']);
    for (const [path, item] of Object.entries(store.paths)) {
      const lists = [item.parameters, ...HTTP_METHODS.map((method) => item[method]?.parameters)];
      const pathParameters = lists.flatMap((list) => list ?? []).map((parameter) => deref(store, parameter) as Node).filter((parameter) => parameter['in'] === 'path');
      expect(pathParameters.map((parameter) => parameter['name']).filter((name) => name === 'account'), path).toEqual([]);
      // The template parameters that remain are all declared.
      for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])) expect(pathParameters.map((parameter) => parameter['name']), `${path} ${name}`).toContain(name);
    }
  });

  it('image: staging takes octet-stream bytes and answers 204 (overlay)', () => {
    const stage = doc('image').paths['/images/{image_id}/stage']!.put!;
    expect(Object.keys((stage.requestBody as Node)['content'] as Node)).toEqual(['application/octet-stream']);
    // `default` is Glance's JSON error body (image overlay), not a success.
    expect(Object.keys(stage.responses!).filter((status) => status !== 'default')).toEqual(['204']);
  });

  it('every non-JSON body of the OpenStack specs is in its service.media table', () => {
    const tables = Object.fromEntries([...built].map(([directory, document]) => [directory.replace('packages/openstack-', ''), operationMedia(document)]));
    // Ironic's patch also takes application/json, which python-ironicclient sends: left to JSON.
    expect(Object.keys(tables).filter((slug) => Object.keys(tables[slug]!).length > 0).sort()).toEqual(['identity', 'image', 'object-store']);
    expect(tables['image']).toEqual({
      'PATCH /images/{image_id}': { request: 'application/openstack-images-v2.1-json-patch' },
      'GET /images/{image_id}/file': { parseAs: 'blob' },
      'PUT /images/{image_id}/file': { request: 'application/octet-stream' },
      'PUT /images/{image_id}/stage': { request: 'application/octet-stream' },
    });
    expect(tables['object-store']).toEqual({
      'GET /{container}/{object}': { parseAs: 'blob' },
      'PUT /{container}/{object}': { request: 'application/octet-stream', parseAs: 'blob' },
      'POST /{container}/{object}': { parseAs: 'blob' },
    });
    // SAML documents (text/xml).
    expect(Object.values(tables['identity']!)).toEqual([{ parseAs: 'text' }, { parseAs: 'text' }, { parseAs: 'text' }]);
  });

  it('image: the images manager update takes the JSON patch, stage the bytes', () => {
    const images = deriveResources(doc('image')).resources.find((resource) => resource.name === 'images')!;
    expect(images.update).toMatchObject({ path: '/images/{image_id}', method: 'patch', hasBody: true });
    expect(images.actions.find((action) => action.name === 'stage')).toMatchObject({ method: 'put', hasBody: true });
  });
});
