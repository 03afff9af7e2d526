import { expect, it } from 'vitest';
import { createOpenStackClient, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions } from './support/real-credentials.js';
import { createRequestLog, type LoggedRequest } from './support/request-log.js';

// Placement's default policy lets only admins in, so these run as admin.
describeReal('real Placement: pinned and negotiated microversions', (openstack) => {
  const root = openstack.endpoints.placement.replace(/\/+$/, '');
  const isVersionDocument = (request: LoggedRequest): boolean => request.method === 'GET' && request.url.replace(/\/+$/, '') === root;
  const placementCalls = (requests: LoggedRequest[]): LoggedRequest[] =>
    requests.filter((request) => request.url.startsWith(`${root}/`) && !isVersionDocument(request));

  /** The server's range, read from its version document with the typed client. */
  const serverRange = async (): Promise<{ min: string; max: string }> => {
    await using cloud = await createOpenStackClient({ ...adminOptions(openstack), negotiateMicroversions: false });
    const { versions } = await unwrap(cloud.placement.GET('/'));
    const [current] = versions;
    if (!current) throw new Error('placement announced no version');
    return { min: current.min_version, max: current.max_version };
  };

  it('pinned 1.10: every call sends exactly placement 1.10, the server answers at 1.10, no version document is read', async () => {
    const log = createRequestLog();
    await using cloud = await createOpenStackClient({ ...adminOptions(openstack, log.fetch), microversions: { placement: '1.10' } });
    await Promise.all([unwrap(cloud.placement.GET('/resource_providers')), unwrap(cloud.placement.GET('/resource_classes')), unwrap(cloud.placement.GET('/resource_providers'))]);

    const calls = placementCalls(log.requests);
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(call.headers['openstack-api-version']).toBe('placement 1.10');
      expect(call.responseHeaders['openstack-api-version']).toBe('placement 1.10');
    }
    expect(log.requests.filter(isVersionDocument)).toHaveLength(0);
  });

  it('unpinned: concurrent first calls share one read of the version document and send the server’s newest version', async () => {
    const { max } = await serverRange();
    const log = createRequestLog();
    await using cloud = await createOpenStackClient(adminOptions(openstack, log.fetch));
    await Promise.all(Array.from({ length: 5 }, () => unwrap(cloud.placement.GET('/resource_providers'))));
    await unwrap(cloud.placement.GET('/traits'));

    const discoveries = log.requests.filter(isVersionDocument);
    expect(discoveries).toHaveLength(1);
    expect(discoveries[0]?.status).toBe(200);
    const calls = placementCalls(log.requests);
    expect(calls).toHaveLength(6);
    for (const call of calls) {
      expect(call.headers['openstack-api-version']).toBe(`placement ${max}`);
      expect(call.responseHeaders['openstack-api-version']).toBe(`placement ${max}`);
    }
    // The discovery itself went before any call, with the session's token.
    const firstCall = log.requests.findIndex((request) => placementCalls([request]).length === 1);
    expect(log.requests.findIndex(isVersionDocument)).toBeLessThan(firstCall);
  });

  it('pinned with negotiateMicroversions: the pin is checked against the server once, then sent as is', async () => {
    const log = createRequestLog();
    await using cloud = await createOpenStackClient({ ...adminOptions(openstack, log.fetch), microversions: { placement: '1.20' }, negotiateMicroversions: true });
    await unwrap(cloud.placement.GET('/resource_providers'));
    await unwrap(cloud.placement.GET('/resource_providers'));
    expect(log.requests.filter(isVersionDocument)).toHaveLength(1);
    for (const call of placementCalls(log.requests)) expect(call.headers['openstack-api-version']).toBe('placement 1.20');
  });

  it('the narrowed types hold at the pin: 1.10 lists providers without the fields later versions add', async () => {
    await using pinned = await createOpenStackClient({ ...adminOptions(openstack), microversions: { placement: '1.10' } });
    await using latest = await createOpenStackClient(adminOptions(openstack));
    const name = `stratus-e2e-mv-${crypto.randomUUID()}`;
    await unwrap(latest.placement.POST('/resource_providers', { body: { name } }));
    try {
      const old = await unwrap(pinned.placement.GET('/resource_providers', { params: { query: { name } } }));
      const current = await unwrap(latest.placement.GET('/resource_providers', { params: { query: { name } } }));
      const [atPin] = old.resource_providers;
      const [atLatest] = current.resource_providers;
      // root_provider_uuid arrived in 1.14: absent at 1.10, present at the newest version.
      expect(atPin).not.toHaveProperty('root_provider_uuid');
      expect(atLatest?.root_provider_uuid).toBe(atLatest?.uuid);
    } finally {
      const listed = await unwrap(latest.placement.GET('/resource_providers', { params: { query: { name } } }));
      for (const provider of listed.resource_providers) {
        await unwrap(latest.placement.DELETE('/resource_providers/{uuid}', { params: { path: { uuid: provider.uuid } } }));
      }
    }
  });
});
