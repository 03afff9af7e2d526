import { expect, it } from 'vitest';
import { buildUserAgent } from '../src/transport/build-user-agent.js';
import { STRATUS_VERSION } from '../src/version.js';

it('starts with stratus/<version>', () => {
  expect(buildUserAgent()).toBe(`stratus/${STRATUS_VERSION}`);
});

it('adds appName/appVersion and extra entries, space separated', () => {
  expect(buildUserAgent({ appName: 'deployer', appVersion: '1.2.3', extra: ['openstack-compute/2.96', 'node/20'] })).toBe(
    `stratus/${STRATUS_VERSION} deployer/1.2.3 openstack-compute/2.96 node/20`,
  );
});

it('accepts an app name without version and skips blank entries', () => {
  expect(buildUserAgent({ appName: ' deployer ', extra: ['', '  '] })).toBe(`stratus/${STRATUS_VERSION} deployer`);
  expect(buildUserAgent({ appVersion: '1.0' })).toBe(`stratus/${STRATUS_VERSION}`);
});
