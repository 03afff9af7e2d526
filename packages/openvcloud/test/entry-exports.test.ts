/**
 * The runtime names each entry exports, pinned: adding or removing one is a decision, made here.
 * The main entry also re-exports `@stratus/core/errors` (the pinned CORE_ERROR_CLASSES), as every provider does.
 */
import * as coreErrors from '@stratus/core/errors';
import { CORE_ERROR_CLASSES, missingCoreErrors } from '@stratus/test-support/core-error-exports';
import { fileURLToPath } from 'node:url';
import { exportedNames } from '@stratus/test-support/export-names';
import { describe, expect, it } from 'vitest';
import * as config from '../src/config/index.js';
import * as openvcloud from '../src/index.js';
import * as msw from '../src/msw/index.js';

const CORE_ERRORS: readonly string[] = CORE_ERROR_CLASSES;

describe('public entry points', () => {
  it('@stratus/openvcloud exports the client, auth strategies, resources, tasks, its errors and core\'s', () => {
    expect(missingCoreErrors(openvcloud, coreErrors)).toEqual([]);
    expect(Object.keys(openvcloud).filter((name) => !CORE_ERRORS.includes(name)).sort()).toEqual([
      'DEFAULT_IYO_REFRESH_MARGIN_MS',
      'DEFAULT_IYO_URL',
      'DEFAULT_MACHINE_DISKSIZE',
      'DEFAULT_MACHINE_IMAGE',
      'DEFAULT_MACHINE_MEMORY',
      'DEFAULT_TASK_TIMEOUT_MS',
      'FIRST_SSH_PUBLIC_PORT',
      'OpenvCloudAccount',
      'OpenvCloudAuthError',
      'OpenvCloudMachine',
      'OpenvCloudResourceNotFoundError',
      'OpenvCloudSpace',
      'OpenvCloudTaskError',
      'OpenvCloudTaskFailedError',
      'OpenvCloudTaskTimeoutError',
      'PreconditionFailedError',
      'SESSION_EXPIRED_STATUS',
      'SessionExpiredError',
      'accountGet',
      'createItsYouOnlineAuth',
      'createLegacyLoginAuth',
      'createOpenvCloudApiError',
      'createOpenvCloudClient',
      'decodeJwtClaims',
      'defaultLocation',
      'defineOpenvCloudApi',
      'ensureSshEndpoint',
      'listAccounts',
      'memoryInMb',
      'normalizeOpenvCloudUrl',
      'selectImage',
      'selectSize',
      'waitForTask',
    ]);
  });

  it('@stratus/openvcloud/config exports the Node-only loader and factory', () => {
    expect(Object.keys(config).sort()).toEqual(['createOpenvCloudClientFromConfig', 'loadOpenvCloudConfig']);
  });

  it('@stratus/openvcloud/msw exports the handler sets and the error response', () => {
    expect(Object.keys(msw).sort()).toEqual(['createItsYouOnlineHandlers', 'createOpenvCloudErrorResponse', 'createOpenvCloudHandlers']);
  });

  it('the type-level exports of every entry match the snapshot (types and interfaces included)', () => {
    const entries = ['index.ts', 'config/index.ts', 'msw/index.ts'].map((file) => fileURLToPath(new URL(`../src/${file}`, import.meta.url)));
    expect(exportedNames(entries)).toMatchSnapshot();
  }, 60_000); // a TypeScript program over the sources, slow on a loaded machine
});
