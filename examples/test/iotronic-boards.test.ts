import { HTTPNotFound, HttpError } from '@stratus/openstack-iot';
import { createBaremetalHttp as baremetalHttp } from '@stratus/openstack-baremetal/msw';
import { createIotHttp as iotHttp } from '@stratus/openstack-iot/msw';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../openstack/iotronic-boards.js';
import { captureLines } from './support/fake-openstack.js';

const IOTRONIC = 'http://iotronic.test:8812/v1';
const IRONIC = 'http://ironic.test:6385/v1';
const TOKEN = 'gAAAAABdirect-token-value';
const server = setupServer();
const seen: { url: string; token: string | null; iotVersion: string | null; ironicVersion: string | null }[] = [];
server.events.on('request:start', ({ request }) =>
  void seen.push({ url: request.url, token: request.headers.get('x-auth-token'), iotVersion: request.headers.get('x-openstack-iotronic-api-version'), ironicVersion: request.headers.get('x-openstack-ironic-api-version') }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const iot = iotHttp(IOTRONIC);
const ironic = baremetalHttp(IRONIC);
// The v1 documents unpinned clients read once to negotiate: IoTronic's only version, and an Ironic of
// the Zed release (1.82), older than the package.
const IRONIC_MAX_VERSION = '1.82';
const ironicLinks = (path: string) => [
  { href: `${IRONIC}/${path}`, rel: 'self' },
  { href: `${IRONIC.replace(/\/v1$/, '')}/${path}`, rel: 'bookmark' },
];
const versionDocuments = [
  http.get(`${IOTRONIC}/`, () => HttpResponse.json({ id: 'v1' }, { headers: { 'X-OpenStack-Iotronic-API-Minimum-Version': '1.0', 'X-OpenStack-Iotronic-API-Maximum-Version': '1.0' } })),
  // Ironic's v1 document as Ironic 21 sends it (abridged to the collections every version has).
  http.get(`${IRONIC}/`, () =>
    HttpResponse.json(
      {
        id: 'v1',
        links: [{ href: `${IRONIC}/`, rel: 'self' }],
        media_types: { base: 'application/json', type: 'application/vnd.openstack.ironic.v1+json' },
        chassis: ironicLinks('chassis/'),
        nodes: ironicLinks('nodes/'),
        ports: ironicLinks('ports/'),
        drivers: ironicLinks('drivers/'),
        version: { id: 'v1', links: [{ href: `${IRONIC}/`, rel: 'self' }], status: 'CURRENT', min_version: '1.1', version: IRONIC_MAX_VERSION },
      },
      { headers: { 'X-OpenStack-Ironic-API-Minimum-Version': '1.1', 'X-OpenStack-Ironic-API-Maximum-Version': IRONIC_MAX_VERSION, 'X-OpenStack-Ironic-API-Version': '1.1' } },
    ),
  ),
];
const board = (uuid: string, name: string, status: 'online' | 'offline' | 'registered') => ({ uuid, name, status, code: `code-${name}`, agent: 'wagent1', lr_version: '0.5.1', links: [] });
/** A driver as Ironic 21 lists it at 1.82. */
const driver = (name: string) => ({ name, hosts: ['c1'], type: 'dynamic' as const, links: ironicLinks(`drivers/${name}`), properties: ironicLinks(`drivers/${name}/properties`) });
/** A node with every field Ironic sends at every microversion (the rest of a 1.82 node left out). */
const node = (uuid: string, fields: { name: string; driver: string; power_state: string | null; provision_state: string }) => ({
  uuid,
  ...fields,
  created_at: '2026-01-05T10:00:00+00:00',
  updated_at: null,
  console_enabled: false,
  driver_info: {},
  extra: {},
  instance_info: {},
  instance_uuid: null,
  last_error: null,
  maintenance: false,
  maintenance_reason: null,
  properties: {},
  provision_updated_at: null,
  reservation: null,
  target_power_state: null,
  target_provision_state: null,
  chassis_uuid: null,
  links: ironicLinks(`nodes/${uuid}`),
  ports: ironicLinks(`nodes/${uuid}/ports`),
});

describe('iotronic-boards (iotronicclient + ironicclient direct mode)', () => {
  it('lists boards across pages, shows the first, then Ironic drivers and nodes, with the token and each service header', async () => {
    server.use(
      ...versionDocuments,
      iot.get('/boards/detail', ({ query, response }) =>
        query.get('marker') === null
          ? response(200).json({ boards: [board('b-1', 'arduino-1', 'online')], next: `${IOTRONIC}/boards/detail?limit=1&marker=b-1` })
          : response(200).json({ boards: [board('b-2', 'rpi-2', 'offline')] }),
      ),
      iot.get('/boards/{board}', ({ params, response }) => response(200).json(board(params.board, 'arduino-1', 'online'))),
      ironic.get('/drivers', ({ response }) => response(200).json({ drivers: [driver('ipmi'), driver('redfish')] })),
      ironic.get('/nodes/detail', ({ response }) => response(200).json({ nodes: [node('n-1', { name: 'bm-1', driver: 'ipmi', power_state: 'power on', provision_state: 'active' })] })),
      ironic.get('/nodes/{node_ident}', ({ params, response }) => response(200).json(node(params.node_ident, { name: 'bm-1', driver: 'ipmi', power_state: 'power on', provision_state: 'active' }))),
    );
    const io = captureLines();
    await main({ token: TOKEN, iotronicUrl: IOTRONIC, ironicUrl: IRONIC }, io);

    expect(io.lines).toEqual([
      'b-1  arduino-1    online',
      'b-2  rpi-2        offline',
      'arduino-1: online via agent wagent1, Lightning-Rod 0.5.1',
      'drivers: ipmi, redfish',
      'n-1  bm-1         power power on, active',
      'bm-1: driver ipmi, maintenance false',
    ]);
    expect(seen.map((request) => request.url)).toEqual([
      `${IOTRONIC}/`,
      `${IOTRONIC}/boards/detail`,
      `${IOTRONIC}/boards/detail?limit=1&marker=b-1`,
      `${IOTRONIC}/boards/b-1`,
      `${IRONIC}/`,
      `${IRONIC}/drivers`,
      `${IRONIC}/nodes/detail`,
      `${IRONIC}/nodes/n-1`,
    ]);
    expect(seen.every((request) => request.token === TOKEN)).toBe(true);
    // IoTronic's only microversion (1.0), not iotronicclient's copied-from-ironic 1.9 that ends in a 406.
    expect(seen.slice(1, 4).map((request) => request.iotVersion)).toEqual(['1.0', '1.0', '1.0']);
    // Ironic at the newest version both sides support, not the package's newest.
    expect(seen.slice(5).map((request) => request.ironicVersion)).toEqual([IRONIC_MAX_VERSION, IRONIC_MAX_VERSION, IRONIC_MAX_VERSION]);
  });

  it('an IoTronic fault surfaces as iotronicclient.exc.HTTPNotFound with the faultstring, token never shown', async () => {
    server.use(
      ...versionDocuments,
      iot.get('/boards/detail', ({ response }) => response(200).json({ boards: [board('b-9', 'gone', 'offline')] })),
      http.get(`${IOTRONIC}/boards/:board`, () =>
        HttpResponse.json({ error_message: JSON.stringify({ faultstring: 'Board b-9 could not be found.', faultcode: 'Client', debuginfo: null }) }, { status: 404 }),
      ),
    );
    const failure = await main({ token: TOKEN, iotronicUrl: IOTRONIC }, captureLines()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HTTPNotFound);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as Error).message).toContain('Board b-9 could not be found.');
    expect(JSON.stringify(failure) + String(failure)).not.toContain(TOKEN);
  });
});
