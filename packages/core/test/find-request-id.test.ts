import { expect, it } from 'vitest';
import { findRequestId } from '../src/errors/find-request-id.js';

it.each([
  ['x-openstack-request-id', 'req-os'],
  ['x-compute-request-id', 'req-nova'],
  ['x-request-id', 'abc'],
  ['x-ovh-queryid', 'EU.ext-1.xyz'],
])('reads %s', (name, value) => {
  expect(findRequestId(new Headers({ [name]: value }))).toBe(value);
});

it('prefers x-openstack-request-id when Nova sends both', () => {
  expect(findRequestId(new Headers({ 'x-compute-request-id': 'req-b', 'x-openstack-request-id': 'req-a' }))).toBe('req-a');
});

it('returns undefined when absent or blank', () => {
  expect(findRequestId(new Headers())).toBeUndefined();
  expect(findRequestId(new Headers({ 'x-request-id': ' ' }))).toBeUndefined();
});
