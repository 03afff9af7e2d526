import { dedicatedServer } from '@stratus/ovh/dedicated/server';
import { createOvhErrorResponse, createOvhHandlers } from '@stratus/ovh/msw';
import { describe, expect, it } from 'vitest';
import { main } from '../ovh/enable-burst-sbg1.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(dedicatedServer);

const server = (name: string, datacenter: 'sbg1' | 'gra3' | 'bhs1', ip: string) => ({
  name,
  datacenter,
  region: datacenter === 'bhs1' ? 'ca-east-bhs' : datacenter === 'sbg1' ? 'eu-west-sbg' : 'eu-west-gra',
  availabilityZone: datacenter === 'bhs1' ? 'ca-east-bhs-a' : datacenter === 'sbg1' ? 'eu-west-sbg-a' : 'eu-west-gra-a',
  ip,
  reverse: `${name}.`,
  commercialRange: 'advance-1',
  os: 'debian12_64',
  state: 'ok' as const,
  powerState: 'poweron' as const,
  monitoring: true,
  noIntervention: false,
  rack: datacenter === 'sbg1' ? 'S1B05' : 'G312A01',
  serverId: 1000000 + Number(ip.split('.').at(-1)),
  supportLevel: 'pro' as const,
  professionalUse: false,
  rootDevice: null,
  bootId: 1,
  linkSpeed: 1000,
  newUpgradeSystem: true,
});
const SERVERS = [
  server('ns3001234.ip-51-91-54.eu', 'sbg1', '51.91.54.12'),
  server('ns3005678.ip-141-94-2.eu', 'gra3', '141.94.2.34'),
  server('ns5009876.ip-54-36-3.eu', 'sbg1', '54.36.3.56'),
  server('ns5501111.ip-15-235-4.net', 'bhs1', '15.235.4.78'),
];

describe('enable-burst-sbg1', () => {
  it('enables burst on the sbg1 servers only', async () => {
    const bursts: unknown[] = [];
    ovh.use(
      handlers.get('/dedicated/server', () => SERVERS.map((s) => s.name)),
      handlers.get('/dedicated/server/{serviceName}', ({ params }) =>
        SERVERS.find((s) => s.name === params.serviceName) ?? createOvhErrorResponse(404, { class: 'Client::NotFound', message: 'This service does not exist' }),
      ),
      handlers.put('/dedicated/server/{serviceName}/burst', ({ params, body }) => {
        bursts.push({ serviceName: params.serviceName, body });
      }),
    );
    const io = captureIo();
    const enabled = await main(signedClient([dedicatedServer]), io);

    expect(enabled).toEqual(['ns3001234.ip-51-91-54.eu', 'ns5009876.ip-54-36-3.eu']);
    expect(bursts).toEqual([
      { serviceName: 'ns3001234.ip-51-91-54.eu', body: { status: 'active' } },
      { serviceName: 'ns5009876.ip-54-36-3.eu', body: { status: 'active' } },
    ]);
    expect(io.lines).toEqual([
      'Enabled burst for ns3001234.ip-51-91-54.eu server located in SBG-1',
      'Skipped ns3005678.ip-141-94-2.eu (datacenter gra3)',
      'Enabled burst for ns5009876.ip-54-36-3.eu server located in SBG-1',
      'Skipped ns5501111.ip-15-235-4.net (datacenter bhs1)',
    ]);
    const requests = await ovh.requests();
    expect(requests.map(({ method, path, body }) => `${method} ${path} ${body}`.trim())).toEqual([
      'GET /1.0/dedicated/server',
      'GET /1.0/dedicated/server/ns3001234.ip-51-91-54.eu',
      'PUT /1.0/dedicated/server/ns3001234.ip-51-91-54.eu/burst {"status":"active"}',
      'GET /1.0/dedicated/server/ns3005678.ip-141-94-2.eu',
      'GET /1.0/dedicated/server/ns5009876.ip-54-36-3.eu',
      'PUT /1.0/dedicated/server/ns5009876.ip-54-36-3.eu/burst {"status":"active"}',
      'GET /1.0/dedicated/server/ns5501111.ip-15-235-4.net',
    ]);
    expect(requests.every((request) => request.signed)).toBe(true);
  });

  it('does nothing without sbg1 servers', async () => {
    ovh.use(
      handlers.get('/dedicated/server', () => ['ns3005678.ip-141-94-2.eu']),
      handlers.get('/dedicated/server/{serviceName}', () => SERVERS[1]!),
    );
    const io = captureIo();
    await expect(main(signedClient([dedicatedServer]), io)).resolves.toEqual([]);
    expect((await ovh.requests()).filter((request) => request.method === 'PUT')).toEqual([]);
  });
});
