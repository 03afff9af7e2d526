/**
 * The runtime names each entry exports, pinned: adding or removing one is a decision, made here.
 * The main entry also re-exports `@stratus/core/errors` (the pinned CORE_ERROR_CLASSES), as every provider does.
 */
import * as core from '@stratus/core';
import * as coreErrors from '@stratus/core/errors';
import { CORE_ERROR_CLASSES, missingCoreErrors } from '@stratus/test-support/core-error-exports';
import { fileURLToPath } from 'node:url';
import { exportedNames } from '@stratus/test-support/export-names';
import { describe, expect, it } from 'vitest';
import * as config from '../src/config/index.js';
import * as openstack from '../src/index.js';
import * as node from '../src/node/index.js';

const CORE_ERRORS: readonly string[] = CORE_ERROR_CLASSES;

describe('public entry points', () => {
  it('@stratus/openstack exports the session, Keystone auth, catalog selection, unwrap and every core error class', () => {
    expect(missingCoreErrors(openstack, coreErrors)).toEqual([]);
    expect(openstack.unwrap).toBe(core.unwrap);
    expect(Object.keys(openstack).filter((name) => !CORE_ERRORS.includes(name)).sort()).toEqual([
      'SERVICES',
      'SERVICE_NAMES',
      'SERVICE_TYPE_ALIASES',
      'authTokensUrl',
      'buildAuthRequestBody',
      'buildScope',
      'catalogTypesFor',
      'createKeystoneAuth',
      'createOpenStackClient',
      'identityV3Url',
      'normalizeEndpointUrl',
      'normalizeInterface',
      'officialServiceType',
      'resolveAuthMethod',
      'selectEndpoint',
      'unwrap',
    ]);
  });

  it('@stratus/openstack/config exports the Node-only loader and factory', () => {
    expect(Object.keys(config).sort()).toEqual(['VENDOR_PROFILES', 'createOpenStackClientFromConfig', 'findConfigFile', 'loadOpenStackConfig', 'standardConfigDirs']);
  });

  it('@stratus/openstack/node exports the Node-only fetch', () => {
    expect(Object.keys(node)).toEqual(['createNodeFetch']);
  });

  it('the type-level exports of every entry match the snapshot (types and interfaces included)', () => {
    const entries = ['index.ts', 'config/index.ts', 'node/index.ts'].map((file) => fileURLToPath(new URL(`../src/${file}`, import.meta.url)));
    expect(exportedNames(entries)).toMatchSnapshot();
  }, 60_000); // a TypeScript program over the sources, slow on a loaded machine
});
