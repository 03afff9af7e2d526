import { me } from '@stratus/ovh/me';
import { createOvhErrorResponse, createOvhHandlers } from '@stratus/ovh/msw';
import { describe, expect, it } from 'vitest';
import { formatTable, main } from '../ovh/authorized-applications.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(me);

const CREDENTIALS = [
  { credentialId: 301245, applicationId: 88001, creation: '2023-11-02T10:15:00+01:00', expiration: null, lastUse: '2024-06-01T08:00:12+02:00' },
  { credentialId: 318877, applicationId: 88002, creation: '2024-03-14T17:42:09+01:00', expiration: '2024-09-14T17:42:09+02:00', lastUse: null },
  { credentialId: 9034, applicationId: 12, creation: '2019-05-20T09:00:00+02:00', expiration: null, lastUse: '2024-05-30T23:59:59+02:00' },
].map((credential) => ({ ...credential, status: 'validated' as const, ovhSupport: false, allowedIPs: null, rules: [{ method: 'GET' as const, path: '/*' }] }));

const APPLICATIONS = {
  88001: { applicationId: 88001, applicationKey: 'a1b2c3d4e5f6a7b8', name: 'backup-bot', description: 'Nightly snapshots', status: 'active' as const },
  88002: { applicationId: 88002, applicationKey: 'f0e1d2c3b4a59687', name: 'dns-sync', description: 'Keeps zones in sync', status: 'active' as const },
  12: { applicationId: 12, applicationKey: '0123456789abcdef', name: 'OVHcloud Control Panel', description: 'OVHcloud Control Panel', status: 'trusted' as const },
} as const;

const notFound = () => createOvhErrorResponse(404, { class: 'Client::NotFound', message: 'The requested object (credentialId) does not exist' });

describe('authorized-applications', () => {
  it('prints the validated credentials and their applications as an aligned table', async () => {
    let status: string | null = null;
    ovh.use(
      handlers.get('/me/api/credential', ({ query }) => {
        status = query.get('status');
        return CREDENTIALS.map((credential) => credential.credentialId);
      }),
      handlers.get('/me/api/credential/{credentialId}', ({ params }) => CREDENTIALS.find((c) => String(c.credentialId) === params.credentialId) ?? notFound()),
      handlers.get('/me/api/credential/{credentialId}/application', ({ params }) => {
        const credential = CREDENTIALS.find((c) => String(c.credentialId) === params.credentialId);
        return credential ? APPLICATIONS[credential.applicationId as keyof typeof APPLICATIONS] : notFound();
      }),
    );
    const io = captureIo();
    const table = await main(signedClient([me]), io);

    expect(status).toBe('validated');
    expect(io.lines).toEqual([table]);
    expect(table.split('\n')).toEqual([
      '    ID  App Name                          Description             Token Creation             Token Expiration           Token Last Use',
      '------  --------------------------------  ----------------------  -------------------------  -------------------------  -------------------------',
      '301245  [active] backup-bot               Nightly snapshots       2023-11-02T10:15:00+01:00                             2024-06-01T08:00:12+02:00',
      '318877  [active] dns-sync                 Keeps zones in sync     2024-03-14T17:42:09+01:00  2024-09-14T17:42:09+02:00',
      '  9034  [trusted] OVHcloud Control Panel  OVHcloud Control Panel  2019-05-20T09:00:00+02:00                             2024-05-30T23:59:59+02:00',
    ]);
    const paths = (await ovh.requests()).map((request) => request.path);
    expect(paths[0]).toBe('/1.0/me/api/credential?status=validated');
    expect(paths.slice(1).sort()).toEqual(
      ['301245', '318877', '9034'].flatMap((id) => [`/1.0/me/api/credential/${id}`, `/1.0/me/api/credential/${id}/application`]).sort(),
    );
  });

  it('prints only the headers when no application is authorized', async () => {
    ovh.use(handlers.get('/me/api/credential', () => []));
    const io = captureIo();
    await main(signedClient([me]), io);
    expect(io.lines).toEqual([
      'ID  App Name  Description  Token Creation  Token Expiration  Token Last Use\n--  --------  -----------  --------------  ----------------  --------------',
    ]);
  });
});

describe('formatTable', () => {
  it('right-aligns numeric columns, pads the others and leaves null cells empty', () => {
    expect(formatTable(['n', 'name', 'note'], [[1, 'a', null], [100, 'bcd', 'x']]).split('\n')).toEqual([
      '  n  name  note',
      '---  ----  ----',
      '  1  a',
      '100  bcd   x',
    ]);
  });
});
