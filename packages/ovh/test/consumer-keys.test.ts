import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_READ_ONLY, API_READ_WRITE, API_READ_WRITE_SAFE } from '../src/consumer-keys/access-rule-methods.js';
import { createConsumerKeyRequest } from '../src/consumer-keys/create-consumer-key-request.js';
import { requestConsumerKey } from '../src/consumer-keys/request-consumer-key.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { InvalidConfigurationError } from '@stratus/core';

let received: Request[] = [];
const server = setupServer(
  http.post('https://eu.api.ovh.com/1.0/auth/credential', ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json({ state: 'pendingValidation', consumerKey: 'TnpZAd5pYNqxk4RhlPiSRfJ4WrkmII2i', validationUrl: 'https://eu.api.ovh.com/auth/?credentialToken=abc' });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received = [];
});
afterAll(() => server.close());

describe('createConsumerKeyRequest', () => {
  it('has the python-ovh method sets', () => {
    expect(API_READ_ONLY).toEqual(['GET']);
    expect(API_READ_WRITE).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
    expect(API_READ_WRITE_SAFE).toEqual(['GET', 'POST', 'PUT']);
  });

  it('adds single rules and method lists', () => {
    const request = createConsumerKeyRequest().addRule('GET', '/me').addRules(API_READ_WRITE_SAFE, '/domain/*');
    expect(request.accessRules).toEqual([
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/domain/*' },
      { method: 'POST', path: '/domain/*' },
      { method: 'PUT', path: '/domain/*' },
    ]);
  });

  it('adds recursive rules like python-ovh: /sms/* → /sms and /sms/*', () => {
    expect(createConsumerKeyRequest().addRecursiveRules(API_READ_WRITE, '/sms/*').accessRules).toEqual([
      { method: 'GET', path: '/sms' },
      { method: 'POST', path: '/sms' },
      { method: 'PUT', path: '/sms' },
      { method: 'DELETE', path: '/sms' },
      { method: 'GET', path: '/sms/*' },
      { method: 'POST', path: '/sms/*' },
      { method: 'PUT', path: '/sms/*' },
      { method: 'DELETE', path: '/sms/*' },
    ]);
    expect(createConsumerKeyRequest().addRecursiveRules(API_READ_ONLY, '/dedicated/server/').accessRules).toEqual([
      { method: 'GET', path: '/dedicated/server' },
      { method: 'GET', path: '/dedicated/server/*' },
    ]);
  });

  it('turns "/" into a single /* rule', () => {
    expect(createConsumerKeyRequest().addRecursiveRules(API_READ_ONLY, '/').accessRules).toEqual([{ method: 'GET', path: '/*' }]);
    expect(createConsumerKeyRequest().addRecursiveRules(API_READ_ONLY, '/*').accessRules).toEqual([{ method: 'GET', path: '/*' }]);
  });

  it('hands out copies', () => {
    const request = createConsumerKeyRequest([{ method: 'GET', path: '/me' }]);
    request.accessRules.push({ method: 'DELETE', path: '/*' });
    expect(request.accessRules).toEqual([{ method: 'GET', path: '/me' }]);
  });
});

describe('requestConsumerKey', () => {
  it('posts the python-ovh body unsigned, with only the application key', async () => {
    const client = createOvhClient({ applicationKey: 'my-ak', applicationSecret: 'my-as' });
    const grant = await requestConsumerKey(client, {
      accessRules: createConsumerKeyRequest().addRule('GET', '/'),
      redirection: 'https://example.com',
      allowedIPs: ['127.0.0.1/32'],
    });
    expect(grant).toEqual({ state: 'pendingValidation', consumerKey: 'TnpZAd5pYNqxk4RhlPiSRfJ4WrkmII2i', validationUrl: 'https://eu.api.ovh.com/auth/?credentialToken=abc' });
    const [request] = received;
    await expect(request?.json()).resolves.toEqual({ accessRules: [{ method: 'GET', path: '/' }], redirection: 'https://example.com', allowedIPs: ['127.0.0.1/32'] });
    expect(request?.headers.get('x-ovh-application')).toBe('my-ak');
    expect(request?.headers.get('x-ovh-signature')).toBeNull();
    expect(request?.headers.get('x-ovh-consumer')).toBeNull();
    expect(request?.headers.get('content-type')).toBe('application/json');
  });

  it('accepts a plain rule list and sends absent fields as null, in python-ovh\'s order and bytes', async () => {
    const client = createOvhClient({ applicationKey: 'my-ak', applicationSecret: 'my-as', consumerKey: 'old-ck' });
    await requestConsumerKey(client, { accessRules: [{ method: 'GET', path: '/me' }] });
    await expect(received[0]?.text()).resolves.toBe('{"accessRules":[{"method":"GET","path":"/me"}],"redirection":null,"allowedIPs":null}');
  });

  it('upper-cases the methods of added rules, as python-ovh\'s add_rule does', () => {
    expect(createConsumerKeyRequest().addRule('get', '/me').addRules(['put', 'DELETE'], '/x').addRecursiveRules(['post'], '/sms').accessRules).toEqual([
      { method: 'GET', path: '/me' },
      { method: 'PUT', path: '/x' },
      { method: 'DELETE', path: '/x' },
      { method: 'POST', path: '/sms' },
      { method: 'POST', path: '/sms/*' },
    ]);
  });

  it('needs an application-key client', async () => {
    const client = createOvhClient({ accessToken: 'token' });
    await expect(requestConsumerKey(client, { accessRules: [] })).rejects.toThrow(InvalidConfigurationError);
    await expect(requestConsumerKey(client, { accessRules: [] })).rejects.toThrow('needs a client created with applicationKey/applicationSecret (this one uses access-token)');
  });
});
