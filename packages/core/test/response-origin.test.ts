import { expect, it } from 'vitest';
import { getResponseOrigin, recordResponseOrigin } from '../src/transport/response-origin.js';

it('remembers and merges what is known about a response', () => {
  const response = new Response();
  expect(getResponseOrigin(response)).toBeUndefined();
  recordResponseOrigin(response, { method: 'GET', url: 'https://h/x' });
  recordResponseOrigin(response, { provider: 'openstack-compute' });
  expect(getResponseOrigin(response)).toEqual({ method: 'GET', url: 'https://h/x', provider: 'openstack-compute' });
  expect(getResponseOrigin(new Response())).toBeUndefined();
});
