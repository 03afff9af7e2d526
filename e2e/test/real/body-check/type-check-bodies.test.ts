// The body check itself, on hand-made recordings (no services needed): it must match operations
// right and fail on bodies that do not fit.
import { describe, expect, it } from 'vitest';
import type { RecordedBody } from '../support/record-bodies.js';
import { typeCheckBodies } from './type-check-bodies.js';
import type { ServicePackage } from './service-packages.js';

const identity: ServicePackage = {
  serviceType: 'identity',
  packageName: '@stratus/openstack-identity',
  endpoint: new URL('http://127.0.0.1:5000/v3'),
  versionPrefix: '/v3',
  microversion: undefined,
};
const placement: ServicePackage = {
  serviceType: 'placement',
  packageName: '@stratus/openstack-placement',
  endpoint: new URL('http://127.0.0.1:8778'),
  versionPrefix: undefined,
  microversion: { headers: [{ name: 'OpenStack-API-Version', serviceName: 'placement' }], min: '1.0' },
};
const image: ServicePackage = {
  serviceType: 'image',
  packageName: '@stratus/openstack-image',
  endpoint: new URL('http://127.0.0.1:9292'),
  versionPrefix: '/v2',
  microversion: undefined,
};
const services = [identity, placement, image];

const record = (method: string, url: string, status: number, body: unknown, microversion: Record<string, string> = {}): RecordedBody => ({ method, url, status, microversion, body });

const provider = (extra: Record<string, unknown>) => ({ uuid: 'u1', name: 'p', generation: 0, links: [{ rel: 'self', href: '/resource_providers/u1' }], ...extra });

describe('typeCheckBodies', { timeout: 120_000 }, () => {
  it('matches bodies to their operations (literal segments before parameters, version prefix, microversion) and passes fitting ones', () => {
    const report = typeCheckBodies(
      [
        record('GET', 'http://127.0.0.1:5000/v3/users/abc?domain_id=d', 200, { user: { id: 'abc', name: 'n', domain_id: 'd', enabled: true, password_expires_at: null, links: { self: 'x' } } }),
        record('GET', 'http://127.0.0.1:5000/v3/users/abc', 404, { error: { code: 404, title: 'Not Found', message: 'Could not find user: abc.' } }),
        // 1.14 added root_provider_uuid: at 1.20 it is declared.
        record('GET', 'http://127.0.0.1:8778/resource_providers/u1', 200, provider({ parent_provider_uuid: null, root_provider_uuid: 'u1' }), { 'openstack-api-version': 'placement 1.20' }),
      ],
      services,
    );
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ total: 3, matched: 3 });
  });

  it('fails a body that does not fit, naming operation, status, field and the tsc message', () => {
    const report = typeCheckBodies([record('GET', 'http://127.0.0.1:5000/v3/users/abc', 200, { user: { id: 42, name: 'n' } })], services);
    expect(report.matched).toBe(0);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatch(/^GET \/users\/\{user_id\} \(identity\) → 200 at user\.id: Type 'number' is not assignable to type 'string'/);
  });

  it('fails a status the operation does not declare, and a body of no known operation', () => {
    const report = typeCheckBodies(
      [
        // The version document at Glance's root is outside the image package's /v2 paths.
        record('GET', 'http://127.0.0.1:9292/', 300, { versions: [] }),
        record('GET', 'http://127.0.0.1:9999/anything', 200, {}),
        // Placement answers 201 only up to 1.19 and never with this body; at 1.39 201 is not declared at all.
        record('POST', 'http://127.0.0.1:8778/resource_providers', 201, provider({}), { 'openstack-api-version': 'placement 1.39' }),
      ],
      services,
    );
    expect(report.matched).toBe(0);
    expect(report.failures).toEqual([
      expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:9292\/ → 300: no operation \(\/ is outside @stratus\/openstack-image's API \(\/v2\)\)/),
      expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:9999\/anything → 200: no operation \(no real endpoint serves/),
      expect.stringMatching(/^POST \/resource_providers \(placement at 1\.39\) → 201 at uuid: .*/),
    ]);
  });

  it('a catalog URL naming the project serves every project’s URL, and the version document above it', () => {
    const objectStore: ServicePackage = {
      serviceType: 'object-store',
      packageName: '@stratus/openstack-object-store',
      endpoint: new URL('http://127.0.0.1:8080/v1/AUTH_$(project_id)s'),
      versionPrefix: '/v1/{account}',
      microversion: undefined,
    };
    const blockStorage: ServicePackage = {
      serviceType: 'block-storage',
      packageName: '@stratus/openstack-block-storage',
      endpoint: new URL('http://127.0.0.1:8776/v3/$(project_id)s'),
      versionPrefix: '/v3',
      microversion: { headers: [{ name: 'OpenStack-API-Version', serviceName: 'volume' }], min: '3.0' },
    };
    const listing = [{ subdir: 'a/' }, { name: 'top', bytes: 3, hash: 'h', content_type: 'text/plain', last_modified: '2026-01-05T10:00:00.000000' }];
    const version = { id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', updated: '2023-02-23T00:00:00Z', links: [], 'media-types': [] };
    const report = typeCheckBodies(
      [
        record('GET', 'http://127.0.0.1:8080/v1/AUTH_p1/c?format=json&delimiter=%2F', 200, listing),
        record('GET', 'http://127.0.0.1:8080/v1/AUTH_p2/c?format=json', 200, listing.slice(1)),
        record('GET', 'http://127.0.0.1:8776/v3/', 200, { versions: [version] }),
        record('GET', 'http://127.0.0.1:8776/v3/p1/volumes/v1', 404, { itemNotFound: { code: 404, message: 'Volume v1 could not be found.' } }, { 'openstack-api-version': 'volume 3.70' }),
      ],
      [objectStore, blockStorage],
    );
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ total: 4, matched: 4 });
  });

  it('reads types at the microversion the request named: usages grouped by consumer type are 1.38 on', () => {
    const grouped = { usages: { INSTANCE: { consumer_count: 1, VCPU: 2 } } };
    const at = (version: string) => record('GET', 'http://127.0.0.1:8778/usages?project_id=p', 200, grouped, { 'openstack-api-version': `placement ${version}` });
    const report = typeCheckBodies([at('1.20'), at('1.38')], services);
    expect(report.matched).toBe(1);
    expect(report.failures).toEqual([expect.stringMatching(/^GET \/usages \(placement at 1\.20\) → 200 at usages\.INSTANCE: Type '\{ consumer_count: number; VCPU: number; \}' is not assignable to type 'number'/)]);
  });
});
