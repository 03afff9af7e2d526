import { describe, expectTypeOf, it } from 'vitest';
import { createOvhFetchClient, unwrap } from '../src/fetch-client/index.js';
import { createOvhClient, paginate, type FlatParams, type OperationAt, type OvhClient } from '../src/index.js';
import { iamApi, meApi, type Bill, type IamOperations, type MeOperations, type Nichandle, type Policy, type ZoneRecord } from './support/test-apis.js';

// Checked by tsc (vitest's typecheck run and `tsc -p tsconfig.json --noEmit`); never executed (the calls would hit the network).
function typedClientChecks() {
  const client = createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck', apis: [meApi, iamApi] });

  // Results: the 200 application/json content, void for bodiless responses.
  expectTypeOf(client.get('/me')).resolves.toEqualTypeOf<Nichandle>();
  expectTypeOf(client.get('/me/bill/{billId}', { billId: 'FR123' })).resolves.toEqualTypeOf<Bill>();
  expectTypeOf(client.get('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A' })).resolves.toEqualTypeOf<number[]>();
  expectTypeOf(client.post('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A', target: '192.0.2.1' })).resolves.toEqualTypeOf<ZoneRecord>();
  expectTypeOf(client.put('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1, ttl: 60 })).resolves.toEqualTypeOf<void>();
  expectTypeOf(client.delete('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1 })).resolves.toEqualTypeOf<void>();
  expectTypeOf(client.post('/domain/zone/{zoneName}/refresh', { zoneName: 'example.com' })).resolves.toEqualTypeOf<void>();
  expectTypeOf(client.get('/v2/iam/policy', { 'X-Pagination-Size': 50, readOnly: false })).resolves.toEqualTypeOf<Policy[]>();

  // Params are optional exactly when nothing is required; dotted names work as-is.
  void client.get('/me');
  void client.get('/me/bill');
  void client.get('/me/bill', { 'date.from': '2024-01-01', iamTags: { env: [{ operator: 'EQ', value: 'prod' }] } });
  void client.get('/me', {}, { needAuth: true });

  // @ts-expect-error unknown path
  void client.get('/no/such/path');
  // @ts-expect-error path exists, but not for this method
  void client.put('/me/bill');
  // @ts-expect-error v2 paths keep their /v2 prefix
  void client.get('/iam/policy');
  // @ts-expect-error required path param: params cannot be left out
  void client.get('/me/bill/{billId}');
  // @ts-expect-error required path param missing
  void client.get('/me/bill/{billId}', {});
  // @ts-expect-error wrong param type
  void client.get('/me/bill', { 'date.from': 20240101 });
  // @ts-expect-error wrong body field type
  void client.post('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'MX', target: 'x' });
  // @ts-expect-error required body field missing
  void client.post('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A' });
  // @ts-expect-error an operation without parameters takes none
  void client.get('/me', { unexpected: 1 });

  // Untyped escape hatch.
  expectTypeOf(client.request('GET', '/me/newThing')).resolves.toBeUnknown();

  // The { data, error } style, typed from the descriptor's paths.
  const me = createOvhFetchClient(client, meApi);
  const iam = createOvhFetchClient(client, iamApi);
  return async () => {
    const { data } = await me.GET('/me');
    expectTypeOf(data).toEqualTypeOf<Nichandle | undefined>();
    const record = await unwrap(me.GET('/domain/zone/{zoneName}/record/{id}', { params: { path: { zoneName: 'example.com', id: 1 } } }));
    expectTypeOf(record).toEqualTypeOf<ZoneRecord>();
    const policies = await iam.GET('/v2/iam/policy');
    expectTypeOf(policies.data).toEqualTypeOf<Policy[] | undefined>();
    // @ts-expect-error path of another API
    void me.GET('/v2/iam/policy');

    for await (const policy of paginate(client, '/v2/iam/policy', { readOnly: true }, { pageSize: 10 })) {
      expectTypeOf(policy).toEqualTypeOf<Policy>();
    }
    for await (const item of paginate(createOvhClient({ accessToken: 't' }), '/v2/anything')) {
      expectTypeOf(item).toBeUnknown();
    }
  };
}

function untypedClientChecks() {
  const client = createOvhClient({ accessToken: 'token' });
  expectTypeOf(client).toEqualTypeOf<OvhClient>();
  expectTypeOf(client.get('/any/path/{x}', { x: 1, 'X-Pagination-Size': 10 })).resolves.toBeUnknown();
  expectTypeOf(client.post).parameter(0).toEqualTypeOf<string>();
}

function flatParamsChecks() {
  type BillParams = FlatParams<OperationAt<MeOperations, 'get', '/me/bill/{billId}'>>;
  expectTypeOf<BillParams>().toEqualTypeOf<{ billId: string }>();
  type ListParams = FlatParams<OperationAt<IamOperations, 'get', '/v2/iam/policy'>>;
  expectTypeOf<ListParams>().toHaveProperty('X-Pagination-Cursor');
  expectTypeOf<ListParams>().toHaveProperty('iamTags');
}

// Checked by tsc in vitest's typecheck run (never executed).
describe('types', () => {
  it('type the generated client methods, params and results', typedClientChecks);
  it('keep untyped calls possible', untypedClientChecks);
  it('flatten operation params', flatParamsChecks);
});
