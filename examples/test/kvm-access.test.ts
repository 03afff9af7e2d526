import { NotGrantedCallError } from '@stratus/ovh';
import { dedicatedServer } from '@stratus/ovh/dedicated/server';
import { createOvhErrorResponse, createOvhHandlers } from '@stratus/ovh/msw';
import { describe, expect, it } from 'vitest';
import { main } from '../ovh/kvm-access.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(dedicatedServer);

const SERVICE = 'ns3001234.ip-51-91-54.eu';
const JNLP = `<?xml version="1.0" encoding="UTF-8"?>
<jnlp spec="1.0+" codebase="https://51.91.54.2:443/">
  <information><title>ATEN Java iKVM Viewer</title><vendor>ATEN</vendor></information>
  <resources><jar href="iKVM__V1.69.39.0x0.jar" download="eager" main="true"/></resources>
  <application-desc main-class="tw.com.aten.ikvm.KVMMain"><argument>51.91.54.2</argument><argument>ADMIN</argument></application-desc>
</jnlp>`;

const taskFor = (id: number) => ({ taskId: id, function: 'requestAccessIPMI' as const, status: 'init' as const, startDate: '2024-06-03T14:02:11+02:00', lastUpdate: null, doneDate: null, comment: 'Generate IPMI access', needSchedule: false });

describe('kvm-access', () => {
  it('requests a session, polls until the JNLP is there and returns it', async () => {
    const answers = [
      () => createOvhErrorResponse(404, { class: 'Client::NotFound', message: 'The requested object (type = kvmipJnlp) does not exist' }),
      () => ({ value: null, expiration: null }),
      () => ({ value: JNLP, expiration: '2024-06-03T14:17:11+02:00' }),
    ];
    let polls = 0;
    ovh.use(
      handlers.post('/dedicated/server/{serviceName}/features/ipmi/access', () => taskFor(5550001)),
      handlers.get('/dedicated/server/{serviceName}/features/ipmi/access', ({ params, query }) => {
        expect(params.serviceName).toBe(SERVICE);
        expect(query.get('type')).toBe('kvmipJnlp');
        const answer = answers[Math.min(polls, answers.length - 1)] ?? answers[0]!;
        polls += 1;
        return answer();
      }),
    );
    const sleeps: number[] = [];
    const io = captureIo();
    const jnlp = await main(signedClient([dedicatedServer]), io, {
      serviceName: SERVICE,
      ipToAllow: '203.0.113.7',
      delayMs: 250,
      sleep: async (ms) => void sleeps.push(ms),
    });

    expect(jnlp).toBe(JNLP);
    expect(polls).toBe(3);
    expect(sleeps).toEqual([250, 250]);
    expect(io.lines).toEqual([
      `Requested a KVM session on ${SERVICE} for 203.0.113.7 (15 min)`,
      'KVM ready after 3 polls, valid until 2024-06-03T14:17:11+02:00',
    ]);
    const requests = await ovh.requests();
    expect(requests.map(({ method, path, body }) => `${method} ${path} ${body}`.trim())).toEqual([
      `POST /1.0/dedicated/server/${SERVICE}/features/ipmi/access {"type":"kvmipJnlp","ttl":15,"ipToAllow":"203.0.113.7"}`,
      `GET /1.0/dedicated/server/${SERVICE}/features/ipmi/access?type=kvmipJnlp`,
      `GET /1.0/dedicated/server/${SERVICE}/features/ipmi/access?type=kvmipJnlp`,
      `GET /1.0/dedicated/server/${SERVICE}/features/ipmi/access?type=kvmipJnlp`,
    ]);
  });

  it('gives up after the given number of polls', async () => {
    let polls = 0;
    ovh.use(
      handlers.post('/dedicated/server/{serviceName}/features/ipmi/access', () => taskFor(5550002)),
      handlers.get('/dedicated/server/{serviceName}/features/ipmi/access', () => {
        polls += 1;
        return { value: null, expiration: null };
      }),
    );
    const sleeps: number[] = [];
    await expect(
      main(signedClient([dedicatedServer]), captureIo(), { serviceName: SERVICE, ipToAllow: '203.0.113.7', attempts: 4, sleep: async (ms) => void sleeps.push(ms) }),
    ).rejects.toThrow(`KVM access on ${SERVICE} still not ready after 4 polls`);
    expect(polls).toBe(4);
    expect(sleeps).toEqual([2000, 2000, 2000]);
  });

  it('stops at once on errors other than "not ready yet"', async () => {
    ovh.use(
      handlers.post('/dedicated/server/{serviceName}/features/ipmi/access', () =>
        createOvhErrorResponse(403, {
          errorCode: 'NOT_GRANTED_CALL',
          message: 'This call has not been granted',
          details: { unauthorizedActionsByIAM: ['dedicatedServer:apiovh:features/ipmi/access/create'] },
        }),
      ),
    );
    const error = await main(signedClient([dedicatedServer]), captureIo(), { serviceName: SERVICE, ipToAllow: '203.0.113.7', sleep: async () => {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(NotGrantedCallError);
    expect(error).toMatchObject({ unauthorizedActionsByIAM: ['dedicatedServer:apiovh:features/ipmi/access/create'] });
    expect((await ovh.requests()).map((request) => request.method)).toEqual(['POST']);
  });
});
