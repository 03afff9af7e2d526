/**
 * The classification rules on tiny OVH native schemas (`apis` + `models`), through the OVH reader:
 * body parameters, models shared by operations and by catalogues (the merge rule), apiStatus.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageConfig } from '../../src/config/package-config.js';
import { changesBetween, only } from '../helpers/surface.js';
import { realPackage, removeTempDirs } from '../helpers/repo.js';

afterAll(removeTempDirs);

const OVH: PackageConfig = { ...realPackage('ovh'), inputs: [] };
type Doc = Record<string, any>;

const production = { description: 'Stable production version', value: 'PRODUCTION' };

function operation(httpMethod: string, description: string, parameters: Doc[], responseType: string): Doc {
  return { httpMethod, apiStatus: { ...production }, noAuthentication: false, description, parameters, responseType };
}

function shop(): Doc {
  return {
    apiVersion: '1.0',
    resourcePath: '/shop',
    basePath: 'https://eu.api.ovh.com/v1',
    apis: [
      {
        path: '/shop/order',
        description: 'Orders',
        operations: [
          operation('GET', 'List orders', [
            { name: 'status', dataType: 'shop.StatusEnum', paramType: 'query', required: false, description: 'Filter' },
            { name: 'limit', dataType: 'double', paramType: 'query', required: false, description: 'At most' },
          ], 'long[]'),
          operation('POST', 'Create an order', [
            { name: 'name', dataType: 'string', paramType: 'body', required: true, description: 'Name' },
            { name: 'note', dataType: 'string', paramType: 'body', required: false, description: 'Note' },
          ], 'shop.Order'),
        ],
      },
      {
        path: '/shop/order/{orderId}',
        description: 'One order',
        operations: [
          operation('GET', 'Get this object properties', [{ name: 'orderId', dataType: 'long', paramType: 'path', required: true, description: 'Order id' }], 'shop.Order'),
          operation('DELETE', 'Delete the order', [{ name: 'orderId', dataType: 'long', paramType: 'path', required: true, description: 'Order id' }], 'void'),
        ],
      },
    ],
    models: {
      'shop.Order': {
        id: 'Order',
        namespace: 'shop',
        description: 'An order',
        properties: {
          id: { type: 'long', canBeNull: false, readOnly: true, description: 'Id' },
          name: { type: 'string', canBeNull: false, readOnly: false, description: 'Name' },
          status: { type: 'shop.StatusEnum', canBeNull: false, readOnly: true, description: 'Status' },
        },
      },
      'shop.StatusEnum': { id: 'StatusEnum', namespace: 'shop', description: 'Order status', enum: ['done', 'pending'], enumType: 'string' },
    },
  };
}

/** A second catalogue (`/cart`) that also defines shop.Order: OVH's models are shared across files. */
function cart(): Doc {
  return {
    apiVersion: '1.0',
    resourcePath: '/cart',
    basePath: 'https://eu.api.ovh.com/v1',
    apis: [{ path: '/cart/{cartId}/order', description: 'Cart order', operations: [operation('GET', 'The order of a cart', [{ name: 'cartId', dataType: 'string', paramType: 'path', required: true, description: 'Cart' }], 'shop.Order')] }],
    models: { 'shop.Order': structuredClone(shop()['models']['shop.Order']), 'shop.StatusEnum': structuredClone(shop()['models']['shop.StatusEnum']) },
  };
}

async function update(change: (doc: Doc) => void, files: 'shop' | 'both' = 'shop') {
  const after = shop();
  change(after);
  const before = { 'ovh/v1/shop': JSON.stringify(shop()), ...(files === 'both' ? { 'ovh/v1/cart': JSON.stringify(cart()) } : {}) };
  return changesBetween(OVH, before, { ...before, 'ovh/v1/shop': JSON.stringify(after) });
}

const api = (doc: Doc, path: string) => doc['apis'].find((entry: Doc) => entry.path === path);
const op = (doc: Doc, path: string, method: string) => api(doc, path).operations.find((entry: Doc) => entry.httpMethod === method);
const order = (doc: Doc) => doc['models']['shop.Order'];
const ENTRY = '@stratus/ovh/shop';

describe('classification, OVH native dialect', () => {
  it('removed operation: breaking, reported on its entry point', async () => {
    const { bump, changes } = await update((doc) => (api(doc, '/shop/order/{orderId}').operations = [op(doc, '/shop/order/{orderId}', 'GET')]));
    expect(changes).toEqual([{ operation: 'DELETE /shop/order/{orderId}', kind: 'removed', breaking: true, detail: 'operation removed', level: 'major', rule: 'operation-removed', entryPoint: ENTRY }]);
    expect(bump).toBe('major');
  });

  it('new required body parameter: breaking; new optional query parameter: minor', async () => {
    const required = await update((doc) => op(doc, '/shop/order', 'POST').parameters.push({ name: 'quantity', dataType: 'long', paramType: 'body', required: true, description: 'How many' }));
    expect(only(required.changes, 'property-added-required')).toMatchObject({ operation: 'POST /shop/order', direction: 'request', breaking: true, detail: 'request body: property "quantity" added (required)' });
    const optional = await update((doc) => op(doc, '/shop/order', 'GET').parameters.push({ name: 'date.from', dataType: 'datetime', paramType: 'query', required: false, description: 'Since' }));
    expect(only(optional.changes, 'parameter-added-optional')).toMatchObject({ detail: 'query parameter "date.from" added (optional)', breaking: false });
    expect(optional.bump).toBe('minor');
  });

  it('removed body parameter (request property): breaking', async () => {
    const { changes } = await update((doc) => (op(doc, '/shop/order', 'POST').parameters = op(doc, '/shop/order', 'POST').parameters.filter((p: Doc) => p.name !== 'note')));
    expect(only(changes, 'property-removed')).toMatchObject({ operation: 'POST /shop/order', direction: 'request', breaking: true, detail: 'request body: property "note" removed' });
  });

  it('narrowed parameter type (double → long): breaking', async () => {
    const { changes } = await update((doc) => (op(doc, '/shop/order', 'GET').parameters[1].dataType = 'long'));
    expect(only(changes, 'type-narrowed')).toMatchObject({ detail: 'query parameter "limit": type number → integer<int64>', breaking: true });
  });

  it('removed or retyped response model property: breaking, on every operation returning the model', async () => {
    const removed = await update((doc) => delete order(doc).properties.name);
    expect(removed.changes.filter((change) => change.rule === 'property-removed').map((change) => change.operation)).toEqual(['GET /shop/order/{orderId}', 'POST /shop/order']);
    expect(only(removed.changes, 'property-removed', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ model: 'shop.Order', property: 'name', direction: 'response', breaking: true });
    const retyped = await update((doc) => (order(doc).properties.name.type = 'long'));
    expect(only(retyped.changes, 'type-changed', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ breaking: true, detail: 'response 200 › model shop.Order › name: type string → integer<int64>' });
  });

  it('a property that can now be null: breaking for readers', async () => {
    const { changes } = await update((doc) => (order(doc).properties.name.canBeNull = true));
    expect(only(changes, 'type-widened', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ breaking: true, detail: 'response 200 › model shop.Order › name: now also null' });
  });

  it('enum values: removed in a request (query filter) breaking, added there minor; the same enum in a response is the other way round', async () => {
    const removed = await update((doc) => (doc['models']['shop.StatusEnum'].enum = ['done']));
    expect(only(removed.changes, 'enum-value-removed', (c) => c.direction === 'request')).toMatchObject({ operation: 'GET /shop/order', model: 'shop.StatusEnum', breaking: true, detail: 'query parameter "status" › model shop.StatusEnum: enum value removed: "pending"' });
    expect(removed.changes.filter((c) => c.rule === 'enum-value-removed' && c.direction === 'response').every((c) => !c.breaking)).toBe(true);
    const added = await update((doc) => doc['models']['shop.StatusEnum'].enum.push('cancelled'));
    expect(only(added.changes, 'enum-value-added', (c) => c.direction === 'request')).toMatchObject({ breaking: false, level: 'minor' });
    expect(only(added.changes, 'enum-value-added', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ direction: 'response', breaking: true });
  });

  it('new operation: minor; new response model property: minor', async () => {
    const operationAdded = await update((doc) => op(doc, '/shop/order/{orderId}', 'GET') && api(doc, '/shop/order/{orderId}').operations.push(operation('PUT', 'Alter this object properties', [{ name: 'orderId', dataType: 'long', paramType: 'path', required: true, description: 'Order id' }, { dataType: 'shop.Order', paramType: 'body', required: true, description: 'Request Body' }], 'void')));
    expect(operationAdded).toMatchObject({ bump: 'minor', changes: [{ operation: 'PUT /shop/order/{orderId}', kind: 'added', rule: 'operation-added' }] });
    const property = await update((doc) => (order(doc).properties.price = { type: 'double', canBeNull: true, readOnly: true, description: 'Price' }));
    expect(property.bump).toBe('minor');
    expect(only(property.changes, 'property-added-optional', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ direction: 'response', model: 'shop.Order', breaking: false });
  });

  it('apiStatus DEPRECATED: kind deprecated, minor', async () => {
    const { changes, bump } = await update((doc) => (op(doc, '/shop/order/{orderId}', 'DELETE').apiStatus = { description: 'Deprecated, will be removed', value: 'DEPRECATED', deprecatedDate: '2026-01-01T00:00:00Z', deletionDate: '2026-06-01T00:00:00Z' }));
    expect(only(changes, 'operation-deprecated')).toMatchObject({ operation: 'DELETE /shop/order/{orderId}', kind: 'deprecated', breaking: false });
    expect(bump).toBe('minor');
  });

  it('documentation only: patch', async () => {
    const { changes, bump } = await update((doc) => (op(doc, '/shop/order/{orderId}', 'DELETE').description = 'Delete the order (cannot be undone)'));
    expect(changes).toEqual([expect.objectContaining({ operation: 'DELETE /shop/order/{orderId}', rule: 'operation-docs-changed', level: 'patch', breaking: false })]);
    expect(bump).toBe('patch');
  });

  it('a model change in one catalogue reaches the other catalogues sharing the model, and names them', async () => {
    // /shop drops shop.Order.name; /cart still defines it. The merge rule keeps the property, but
    // no longer always present: readers of /cart's answers see `name?:` although cart.json did not change.
    const { changes } = await update((doc) => delete order(doc).properties.name, 'both');
    const onCart = only(changes, 'property-became-optional', (c) => c.entryPoint === '@stratus/ovh/cart');
    expect(onCart).toMatchObject({ operation: 'GET /cart/{cartId}/order', model: 'shop.Order', direction: 'response', breaking: true, alsoIn: [ENTRY] });
    expect(onCart.detail).toBe('response 200 › model shop.Order: property "name" now optional (also changes @stratus/ovh/shop)');
    expect(only(changes, 'property-became-optional', (c) => c.operation === 'GET /shop/order/{orderId}')).toMatchObject({ alsoIn: ['@stratus/ovh/cart'] });
  });
});
