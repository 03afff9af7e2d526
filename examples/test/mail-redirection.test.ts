import { emailDomain } from '@stratus/ovh/email/domain';
import { createOvhErrorResponse, createOvhHandlers } from '@stratus/ovh/msw';
import { ResourceConflictError } from '@stratus/ovh';
import { describe, expect, it } from 'vitest';
import { main } from '../ovh/mail-redirection.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(emailDomain);

describe('mail-redirection', () => {
  it('creates the redirection with exactly from, to and localCopy in the body', async () => {
    const received: unknown[] = [];
    ovh.use(
      handlers.post('/email/domain/{domain}/redirection', ({ params, body }) => {
        received.push({ domain: params.domain, body });
        return { id: '4211', account: body.from, action: 'add', type: 'forward', domain: params.domain, date: '2024-05-02T10:21:44+02:00' };
      }),
    );
    const io = captureIo();
    const task = await main(signedClient([emailDomain]), io, { domain: 'example.com', from: 'contact@example.com', to: 'ada@example.org', localCopy: false });

    expect(task).toMatchObject({ id: '4211', action: 'add', domain: 'example.com' });
    expect(io.lines).toEqual(['Installed new mail redirection from contact@example.com to ada@example.org']);
    expect(received).toEqual([{ domain: 'example.com', body: { from: 'contact@example.com', to: 'ada@example.org', localCopy: false } }]);
    expect(await ovh.requests()).toEqual([
      {
        method: 'POST',
        path: '/1.0/email/domain/example.com/redirection',
        body: '{"from":"contact@example.com","to":"ada@example.org","localCopy":false}',
        signed: true,
      },
    ]);
  });

  it('says when a local copy is kept', async () => {
    ovh.use(
      handlers.post('/email/domain/{domain}/redirection', ({ params, body }) => ({
        id: '4212',
        account: body.from,
        action: 'add',
        type: 'forward',
        domain: params.domain,
        date: '2024-05-02T10:22:03+02:00',
      })),
    );
    const io = captureIo();
    await main(signedClient([emailDomain]), io, { domain: 'example.com', from: 'sales@example.com', to: 'bob@example.org', localCopy: true });
    expect(io.lines).toEqual(['Installed new mail redirection from sales@example.com to bob@example.org (local copy kept)']);
    expect((await ovh.requests())[0]?.body).toBe('{"from":"sales@example.com","to":"bob@example.org","localCopy":true}');
  });

  it('lets OVH errors through as typed errors', async () => {
    ovh.use(
      handlers.post('/email/domain/{domain}/redirection', () =>
        createOvhErrorResponse(409, { class: 'Client::Conflict::AlreadyExists', message: 'A redirection from contact@example.com already exists' }),
      ),
    );
    const error = await main(signedClient([emailDomain]), captureIo(), { domain: 'example.com', from: 'contact@example.com', to: 'x@example.org', localCopy: false }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ResourceConflictError);
    expect(error).toMatchObject({ status: 409, class: 'Client::Conflict::AlreadyExists' });
  });
});
