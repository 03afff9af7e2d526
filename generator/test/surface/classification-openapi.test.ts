/**
 * Each classification rule on a tiny OpenAPI spec: the change a spec update makes, what users'
 * code (compiled against the old types) sees, and the bump it needs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { changesBetween, only } from '../helpers/surface.js';
import { removeTempDirs, testPackage } from '../helpers/repo.js';

afterAll(removeTempDirs);

const CONFIG = testPackage('things');
type Spec = Record<string, any>;

function base(): Spec {
  const thing = { $ref: '#/components/schemas/Thing' };
  return {
    openapi: '3.1.0',
    info: { title: 'things', version: '1.0' },
    paths: {
      '/things': {
        get: {
          operationId: 'things_list',
          summary: 'List things',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { things: { type: 'array', items: thing } }, required: ['things'] } } } } },
        },
        post: {
          operationId: 'things_create',
          summary: 'Create a thing',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingCreate' } } } },
          responses: { '201': { description: 'Created', content: { 'application/json': { schema: thing } } } },
        },
      },
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { operationId: 'things_get', summary: 'Show a thing', responses: { '200': { description: 'OK', content: { 'application/json': { schema: thing } } } } },
        delete: { operationId: 'things_delete', summary: 'Delete a thing', responses: { '204': { description: 'Deleted' } } },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: { id: { type: 'string' }, name: { type: 'string', description: 'Its name' }, status: { type: 'string', enum: ['ACTIVE', 'ERROR'] } },
          required: ['id', 'name'],
        },
        ThingCreate: {
          type: 'object',
          properties: { name: { type: 'string', maxLength: 64 }, size: { type: 'number' }, kind: { type: 'string', enum: ['large', 'small'] } },
          required: ['name'],
        },
      },
    },
  };
}

async function update(change: (spec: Spec) => void) {
  const after = base();
  change(after);
  return changesBetween(CONFIG, { 'test/things': JSON.stringify(base()) }, { 'test/things': JSON.stringify(after) });
}

const thing = (spec: Spec) => spec['components'].schemas.Thing;
const thingCreate = (spec: Spec) => spec['components'].schemas.ThingCreate;

describe('classification, OpenAPI dialect', () => {
  it('an unchanged spec has no changes and needs no bump', async () => {
    expect(await update(() => {})).toEqual({ name: CONFIG.name, bump: 'none', changes: [] });
  });

  it('removed operation: breaking', async () => {
    const { bump, changes } = await update((spec) => delete spec['paths']['/things/{id}'].delete);
    expect(changes).toEqual([{ operation: 'DELETE /things/{id}', kind: 'removed', breaking: true, detail: 'operation removed', level: 'major', rule: 'operation-removed', entryPoint: CONFIG.name, managers: ['things.delete'] }]);
    expect(bump).toBe('major');
  });

  it('new required request parameter: breaking; new optional one: minor', async () => {
    const required = await update((spec) => spec['paths']['/things'].get.parameters.push({ name: 'region', in: 'query', required: true, schema: { type: 'string' } }));
    expect(only(required.changes, 'parameter-added-required')).toMatchObject({ operation: 'GET /things', kind: 'changed', breaking: true, detail: 'query parameter "region" added (required)' });
    expect(required.bump).toBe('major');
    const optional = await update((spec) => spec['paths']['/things'].get.parameters.push({ name: 'marker', in: 'query', schema: { type: 'string' } }));
    expect(only(optional.changes, 'parameter-added-optional')).toMatchObject({ operation: 'GET /things', breaking: false, level: 'minor' });
    expect(optional.bump).toBe('minor');
  });

  it('new required request property: breaking; new optional one: minor', async () => {
    const required = await update((spec) => {
      thingCreate(spec).properties.color = { type: 'string' };
      thingCreate(spec).required.push('color');
    });
    expect(only(required.changes, 'property-added-required')).toMatchObject({ operation: 'POST /things', direction: 'request', model: 'ThingCreate', property: 'color', breaking: true, detail: 'request body › model ThingCreate: property "color" added (required)' });
    const optional = await update((spec) => (thingCreate(spec).properties.color = { type: 'string' }));
    expect(only(optional.changes, 'property-added-optional')).toMatchObject({ direction: 'request', breaking: false, level: 'minor' });
    expect(optional.bump).toBe('minor');
  });

  it('an optional request property becoming required: breaking', async () => {
    const { changes } = await update((spec) => thingCreate(spec).required.push('size'));
    expect(only(changes, 'property-became-required')).toMatchObject({ direction: 'request', breaking: true, detail: 'request body › model ThingCreate: property "size" now required' });
  });

  it('removed request property: breaking', async () => {
    const { changes, bump } = await update((spec) => delete thingCreate(spec).properties.size);
    expect(only(changes, 'property-removed')).toMatchObject({ operation: 'POST /things', direction: 'request', breaking: true });
    expect(bump).toBe('major');
  });

  it('narrowed request type (number → integer) or constraint (maxLength 64 → 32): breaking; widened: minor', async () => {
    const narrowed = await update((spec) => (thingCreate(spec).properties.size.type = 'integer'));
    expect(only(narrowed.changes, 'type-narrowed')).toMatchObject({ breaking: true, detail: 'request body › model ThingCreate › size: type number → integer' });
    const shorter = await update((spec) => (thingCreate(spec).properties.name.maxLength = 32));
    expect(only(shorter.changes, 'constraint-tightened')).toMatchObject({ breaking: true, detail: 'request body › model ThingCreate › name: maxLength 64 → 32' });
    const widened = await update((spec) => (thingCreate(spec).properties.size.type = ['number', 'string']));
    expect(only(widened.changes, 'type-widened')).toMatchObject({ breaking: false, level: 'minor' });
  });

  it('removed or retyped response property: breaking, on every operation reaching the schema', async () => {
    const removed = await update((spec) => {
      delete thing(spec).properties.name;
      thing(spec).required = ['id'];
    });
    const operations = removed.changes.filter((change) => change.rule === 'property-removed').map((change) => change.operation);
    expect(operations).toEqual(['GET /things', 'GET /things/{id}', 'POST /things']);
    expect(only(removed.changes, 'property-removed', (c) => c.operation === 'GET /things')).toMatchObject({ direction: 'response', breaking: true, detail: 'response 200 › model Thing: property "name" removed' });
    const retyped = await update((spec) => (thing(spec).properties.id = { type: 'integer' }));
    expect(only(retyped.changes, 'type-changed', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ breaking: true, detail: 'response 200 › model Thing › id: type string → integer' });
  });

  it('new response property: minor, even when always present', async () => {
    const { changes, bump } = await update((spec) => {
      thing(spec).properties.created = { type: 'string', format: 'date-time' };
      thing(spec).required.push('created');
    });
    expect(only(changes, 'property-added-required', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ direction: 'response', breaking: false, level: 'minor' });
    expect(bump).toBe('minor');
  });

  it('a response property that may now be null or absent: breaking', async () => {
    const { changes } = await update((spec) => {
      thing(spec).properties.name.type = ['string', 'null'];
      thing(spec).required = ['id'];
    });
    expect(only(changes, 'type-widened', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ breaking: true, detail: 'response 200 › model Thing › name: now also null' });
    expect(only(changes, 'property-became-optional', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ breaking: true });
  });

  it('a reference that may now be null is one change, not a new model', async () => {
    const before = base();
    const after = base();
    for (const spec of [before, after]) spec['components'].schemas.Owner = { type: 'object', properties: { name: { type: 'string' } } };
    before['components'].schemas.Thing.properties.owner = { $ref: '#/components/schemas/Owner' };
    after['components'].schemas.Thing.properties.owner = { anyOf: [{ $ref: '#/components/schemas/Owner' }, { type: 'null' }] };
    const { changes } = await changesBetween(CONFIG, { 'test/things': JSON.stringify(before) }, { 'test/things': JSON.stringify(after) });
    expect(changes.filter((change) => change.operation === 'GET /things/{id}').map((change) => [change.rule, change.detail])).toEqual([['type-widened', 'response 200 › model Thing › owner: now also null']]);
  });

  it('enum values: removed in a request breaking, added in a request minor; added in a response breaking (oasdiff), removed there minor', async () => {
    const removed = await update((spec) => (thingCreate(spec).properties.kind.enum = ['small']));
    expect(only(removed.changes, 'enum-value-removed')).toMatchObject({ direction: 'request', breaking: true, detail: 'request body › model ThingCreate › kind: enum value removed: "large"' });
    const added = await update((spec) => thingCreate(spec).properties.kind.enum.push('medium'));
    expect(only(added.changes, 'enum-value-added')).toMatchObject({ direction: 'request', breaking: false, level: 'minor' });
    expect(added.bump).toBe('minor');
    const response = await update((spec) => thing(spec).properties.status.enum.push('BUILD'));
    expect(only(response.changes, 'enum-value-added', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ direction: 'response', breaking: true });
    const fewer = await update((spec) => (thing(spec).properties.status.enum = ['ACTIVE']));
    expect(only(fewer.changes, 'enum-value-removed', (c) => c.operation === 'GET /things/{id}')).toMatchObject({ direction: 'response', breaking: false });
  });

  it('new operation: minor', async () => {
    const { changes, bump } = await update((spec) => (spec['paths']['/things/{id}'].put = { operationId: 'things_replace', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingCreate' } } } }, responses: { '200': { description: 'OK' } } }));
    expect(changes).toEqual([{ operation: 'PUT /things/{id}', kind: 'added', breaking: false, detail: 'operation added', level: 'minor', rule: 'operation-added', entryPoint: CONFIG.name, managers: ['things.update'] }]);
    expect(bump).toBe('minor');
  });

  it('deprecation: kind deprecated, minor', async () => {
    const { changes, bump } = await update((spec) => (spec['paths']['/things/{id}'].delete.deprecated = true));
    expect(changes).toEqual([expect.objectContaining({ operation: 'DELETE /things/{id}', kind: 'deprecated', breaking: false, level: 'minor', rule: 'operation-deprecated' })]);
    expect(bump).toBe('minor');
  });

  it('documentation only: patch (operation text, schema descriptions)', async () => {
    const summary = await update((spec) => (spec['paths']['/things'].get.summary = 'List every thing'));
    expect(summary).toMatchObject({ bump: 'patch', changes: [{ operation: 'GET /things', kind: 'changed', breaking: false, rule: 'operation-docs-changed', detail: 'summary "List things" → "List every thing"' }] });
    const model = await update((spec) => (thing(spec).properties.name.description = 'The name users gave it'));
    expect(model.bump).toBe('patch');
    expect(model.changes.map((change) => [change.operation, change.rule])).toEqual([
      ['GET /things', 'schema-docs-changed'],
      ['GET /things/{id}', 'schema-docs-changed'],
      ['POST /things', 'schema-docs-changed'],
    ]);
  });

  it('removed success response: breaking; a success status that moved (201 → 202, same body): minor; removed request media type: breaking, new one: minor', async () => {
    const removed = await update((spec) => (spec['paths']['/things/{id}'].delete.responses = { '404': { description: 'Not found' } }));
    expect(only(removed.changes, 'response-success-status-removed')).toMatchObject({ breaking: true, detail: 'response 204 removed' });
    expect(only(removed.changes, 'response-status-added')).toMatchObject({ breaking: false, detail: 'response 404 added' });
    const moved = await update((spec) => (spec['paths']['/things'].post.responses = { '202': spec['paths']['/things'].post.responses['201'] }));
    expect(moved).toMatchObject({ bump: 'minor', changes: [{ rule: 'response-success-status-changed', breaking: false, detail: 'response 201 is now 202' }] });
    const media = await update((spec) => {
      const content = spec['paths']['/things'].post.requestBody.content;
      content['application/merge-patch+json'] = content['application/json'];
      delete content['application/json'];
    });
    expect(only(media.changes, 'request-media-type-removed')).toMatchObject({ breaking: true });
    expect(only(media.changes, 'request-media-type-added')).toMatchObject({ breaking: false });
  });

  it('a new union variant in a response is breaking (oasdiff); an inline variant that became a component is the same variant', async () => {
    const { changes, bump } = await update((spec) => {
      spec['components'].schemas.Gadget = { type: 'object', properties: { gadget: { type: 'string' } }, required: ['gadget'] };
      spec['components'].schemas.ThingEntry = thing(spec);
      spec['paths']['/things'].get.responses['200'].content['application/json'].schema.properties.things.items = { anyOf: [{ $ref: '#/components/schemas/ThingEntry' }, { $ref: '#/components/schemas/Gadget' }] };
    });
    expect(bump).toBe('major');
    expect(changes).toEqual([expect.objectContaining({ operation: 'GET /things', rule: 'variant-added', breaking: true, detail: 'response 200 › things[]: variant model Gadget added' })]);
  });

  it('a renamed schema with the same shape is a minor change naming both', async () => {
    const { changes, bump } = await update((spec) => {
      spec['components'].schemas.NewThingCreate = thingCreate(spec);
      delete spec['components'].schemas.ThingCreate;
      spec['paths']['/things'].post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/NewThingCreate' };
    });
    expect(changes).toEqual([expect.objectContaining({ operation: 'POST /things', rule: 'model-replaced', detail: 'request body: now model NewThingCreate (was ThingCreate)', level: 'minor' })]);
    expect(bump).toBe('minor');
  });
});
