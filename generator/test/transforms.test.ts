/** The structural rewrites overlays cannot express: stripPathPrefix, dropPaths, ensureOperationDocs, sortDocument. */
import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/diagnostics/spec-error.js';
import type { OpenApiDocument, PathItem } from '../src/readers/openapi-document.js';
import { dropPaths } from '../src/transforms/drop-paths.js';
import { ensureOperationDocs } from '../src/transforms/ensure-operation-docs.js';
import { sortDocument } from '../src/transforms/sort-document.js';
import { stripPathPrefix } from '../src/transforms/strip-path-prefix.js';

const ok = { '200': { description: 'OK' } };
const get = (operationId?: string): PathItem => ({ get: { ...(operationId ? { operationId } : {}), responses: ok } });

function doc(paths: Record<string, PathItem>, components?: OpenApiDocument['components']): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, ...(components ? { components } : {}) };
}

const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

describe('stripPathPrefix', () => {
  it('maps the exact prefix (with or without trailing slash) to / and strips the rest', () => {
    const document = doc({ '/v2.1': get('root'), '/v2.1/servers': get('list'), '/v2.1/servers/{id}': get('show') });
    expect(stripPathPrefix(document, '/v2.1', 'spec.yaml')).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(['/', '/servers', '/servers/{id}']);
    expect(document.paths['/']!.get!.operationId).toBe('root');

    const slash = doc({ '/v2.1/': get('root') });
    stripPathPrefix(slash, '/v2.1', 'spec.yaml');
    expect(Object.keys(slash.paths)).toEqual(['/']);
  });

  it('drops and returns the paths outside the prefix, including a longer look-alike segment', () => {
    const document = doc({ '/': get('versions'), '/v2': get('v2'), '/v2.10/servers': get('other'), '/v2.1/servers': get('list') });
    expect(stripPathPrefix(document, '/v2.1', 'spec.yaml').sort()).toEqual(['/', '/v2', '/v2.10/servers']);
    expect(Object.keys(document.paths)).toEqual(['/servers']);
  });

  it('a configured prefix with a trailing slash strips like the same prefix without it', () => {
    const document = doc({ '/v3/servers': get('list'), '/v3/servers/{id}': get('show') });
    expect(stripPathPrefix(document, '/v3/', 'spec.yaml')).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(['/servers', '/servers/{id}']);
  });

  it('removes path parameters that only lived in the prefix, inline and $ref\'d, at path and operation level', () => {
    const document = doc(
      {
        '/v1/{account}': {
          parameters: [{ $ref: '#/components/parameters/account' }],
          get: { operationId: 'account_show', parameters: [pathParam('account'), { $ref: '#/components/parameters/limit' }], responses: ok },
        },
        '/v1/{account}/{container}': {
          parameters: [{ $ref: '#/components/parameters/account' }, pathParam('container')],
          get: {
            operationId: 'container_show',
            // A *query* parameter called account is not a path parameter: it stays.
            parameters: [pathParam('account'), { name: 'account', in: 'query', schema: { type: 'string' } }, { $ref: '#/components/parameters/limit' }],
            responses: ok,
          },
          put: { operationId: 'container_create', responses: ok },
        },
      },
      {
        parameters: {
          account: pathParam('account'),
          limit: { name: 'limit', in: 'query', schema: { type: 'integer' } },
        },
      },
    );
    expect(stripPathPrefix(document, '/v1/{account}', 'spec.yaml')).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(['/', '/{container}']);

    const root = document.paths['/']!;
    expect(root.parameters).toEqual([]);
    expect(root.get!.parameters).toEqual([{ $ref: '#/components/parameters/limit' }]);

    const container = document.paths['/{container}']!;
    expect(container.parameters).toEqual([pathParam('container')]);
    expect(container.get!.parameters).toEqual([{ name: 'account', in: 'query', schema: { type: 'string' } }, { $ref: '#/components/parameters/limit' }]);
    expect(container.put).toEqual({ operationId: 'container_create', responses: ok });
  });

  it('two paths that strip to the same path are an error naming the file, the path and both origins', () => {
    const document = doc({ '/v3': get('a'), '/v3/': get('b') });
    let error: unknown;
    try {
      stripPathPrefix(document, '/v3', 'specs/upstream/identity.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ file: 'specs/upstream/identity.yaml', pointer: '/paths/~1v3~1', message: 'stripping "/v3" maps both "/v3" and "/v3/" to "/"' });
    expect((error as SpecError).hint).toMatch(/dropPaths/);
  });
});

describe('dropPaths', () => {
  const cinder = () =>
    doc({
      '/v3': get('versions'),
      '/v3/volumes': get('volumes_list'),
      '/v3/{project_id}': get('project_root'),
      '/v3/{project_id}/volumes': get('project_volumes_list'),
      '/v3/{project_id}/volumes/{volume_id}': get('project_volume_show'),
      '/v3/{project_idx}': get('idx_root'),
      '/v3/{project_idx}/volumes': get('idx_volumes'),
    });

  it('drops the prefix and every path below it, and returns them', () => {
    const document = cinder();
    expect(dropPaths(document, ['/v3/{project_id}']).sort()).toEqual(['/v3/{project_id}', '/v3/{project_id}/volumes', '/v3/{project_id}/volumes/{volume_id}']);
    expect(Object.keys(document.paths)).toEqual(['/v3', '/v3/volumes', '/v3/{project_idx}', '/v3/{project_idx}/volumes']);
  });

  it('never matches a partial segment: /v3/{project_id} keeps /v3/{project_idx}', () => {
    const document = cinder();
    dropPaths(document, ['/v3/{project_id}']);
    expect(document.paths['/v3/{project_idx}']).toBeDefined();
    expect(document.paths['/v3/{project_idx}/volumes']).toBeDefined();
  });

  it('accepts a trailing slash, several prefixes and exact paths', () => {
    const document = cinder();
    expect(dropPaths(document, ['/v3/{project_idx}/', '/v3/volumes']).sort()).toEqual(['/v3/volumes', '/v3/{project_idx}/volumes']);
    expect(Object.keys(document.paths)).toEqual(['/v3', '/v3/{project_id}', '/v3/{project_id}/volumes', '/v3/{project_id}/volumes/{volume_id}', '/v3/{project_idx}']);
  });

  it('returns nothing when nothing matches', () => {
    const document = cinder();
    expect(dropPaths(document, ['/v2', '/v3/volume'])).toEqual([]);
    expect(Object.keys(document.paths)).toHaveLength(7);
  });
});

describe('ensureOperationDocs', () => {
  it('adds a summary naming method, path and operationId only where neither summary nor description exist', () => {
    const document = doc({
      '/servers': {
        get: { operationId: 'servers_list', responses: ok },
        post: { responses: ok },
        put: { summary: 'Replace', responses: ok },
        delete: { description: 'Deletes all.', responses: ok },
        patch: { summary: '', description: '', operationId: 'servers_patch', responses: ok },
      },
    });
    expect(ensureOperationDocs(document)).toBe(3);
    const servers = document.paths['/servers']!;
    expect(servers.get!.summary).toBe('GET /servers (servers_list)');
    expect(servers.post!.summary).toBe('POST /servers');
    expect(servers.put!.summary).toBe('Replace');
    expect(servers.delete!.summary).toBeUndefined();
    expect(servers.delete!.description).toBe('Deletes all.');
    expect(servers.patch!.summary).toBe('PATCH /servers (servers_patch)');
    // Idempotent.
    expect(ensureOperationDocs(document)).toBe(0);
  });
});

describe('sortDocument', () => {
  it('sorts paths and every component map in code-point order, leaving other content alone', () => {
    const document = doc(
      { '/é': get(), '/a_b': get(), '/a/b': get(), '/a': get(), '/Z': get(), '/a/{id}': get() },
      {
        schemas: { b: { type: 'object', properties: { z: { type: 'string' }, a: { type: 'string' } } }, B: { type: 'string' }, a: { type: 'string' } },
        parameters: { marker: { name: 'marker', in: 'query' }, limit: { name: 'limit', in: 'query' } },
        securitySchemes: { z: { type: 'http', scheme: 'bearer' }, a: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' } },
      },
    );
    sortDocument(document);
    // Code points, not locale order: "/" < "Z" < "_" < "a" < "{" < "é".
    expect(Object.keys(document.paths)).toEqual(['/Z', '/a', '/a/b', '/a/{id}', '/a_b', '/é']);
    expect(Object.keys(document.components!.schemas!)).toEqual(['B', 'a', 'b']);
    expect(Object.keys(document.components!.parameters!)).toEqual(['limit', 'marker']);
    expect(Object.keys(document.components!.securitySchemes!)).toEqual(['a', 'z']);
    // Property order is meaningful (declaration order) and is kept.
    expect(Object.keys((document.components!.schemas!['b'] as { properties: object }).properties)).toEqual(['z', 'a']);
  });

  it('handles a document without components', () => {
    const document = doc({ '/b': get(), '/a': get() });
    sortDocument(document);
    expect(Object.keys(document.paths)).toEqual(['/a', '/b']);
    expect(document.components).toBeUndefined();
  });
});
