/**
 * The runtime names every generated OpenStack package exports, pinned: `create<Service>Client`, `service`,
 * `unwrap` and every public error class of @stratus/core (IoTronic's customization adds iotronicclient's
 * classes and replaces a few core ones by its classes of the same name); `<package>/msw` exports
 * `create<Service>Http` only. A name added to or dropped from the generator's output fails here.
 */
import { fileURLToPath } from 'node:url';
import * as core from '@stratus/core/errors';
import { describe, expect, it } from 'vitest';
import { CORE_ERROR_CLASSES } from '../../test-support/core-error-exports.js';
import { exportedNames } from '../../test-support/export-names.js';
import { clientFactoryName, httpFactoryName } from './support/service-names.js';

const SERVICES = [
  'baremetal', 'block-storage', 'compute', 'container-infra', 'dns', 'identity', 'image', 'iot',
  'load-balancer', 'network', 'object-store', 'placement', 'shared-file-system',
] as const;

const CORE_ERRORS: readonly string[] = CORE_ERROR_CLASSES;

/** iotronicclient's exception classes and helpers, from generator/customizations/openstack-iot. */
const IOT_CUSTOMIZATION = [
  'AmbigiousAuthSystem', 'AmbiguousAuthSystem', 'AmbiguousEndpoints', 'AuthPluginOptionsMissing',
  'AuthSystemNotFound', 'AuthorizationFailure', 'BadGateway', 'BadRequest', 'ClientException',
  'CommandError', 'CommunicationError', 'Conflict', 'ConnectionRefused', 'EndpointException',
  'EndpointNotFound', 'ExpectationFailed', 'Forbidden', 'GatewayTimeout', 'Gone', 'HTTPBadRequest',
  'HTTPClientError', 'HTTPInternalServerError', 'HTTPNotFound', 'HTTPRedirection', 'HTTPServiceUnavailable',
  'HttpError', 'HttpNotImplemented', 'HttpServerError', 'HttpVersionNotSupported', 'InternalServerError',
  'InvalidAttribute', 'InvalidEndpoint', 'LengthRequired', 'MethodNotAllowed', 'MultipleChoices',
  'NoMatchNotFound', 'NoUniqueMatch', 'NotAcceptable', 'NotFound', 'PaymentRequired', 'PreconditionFailed',
  'ProxyAuthenticationRequired', 'RequestEntityTooLarge', 'RequestTimeout', 'RequestUriTooLong',
  'RequestedRangeNotSatisfiable', 'ServiceUnavailable', 'StateTransitionFailed', 'StateTransitionTimeout',
  'Unauthorized', 'UnprocessableEntity', 'UnsupportedMediaType', 'UnsupportedVersion', 'ValidationError',
  'fromResponse', 'iotronicErrorClassFor', 'managerOptions', 'parseIotronicFault',
];

describe.each(SERVICES)('@stratus/openstack-%s', (slug) => {
  it('exports its client factory, service, unwrap and every core error class', async () => {
    const pkg = (await import(`@stratus/openstack-${slug}`)) as Record<string, unknown>;
    const expected = [clientFactoryName(slug), 'service', 'unwrap', ...CORE_ERRORS, ...(slug === 'iot' ? IOT_CUSTOMIZATION : [])];
    expect(Object.keys(pkg).sort()).toEqual(expected.sort());
    // IoTronic's names are iotronicclient's classes (its ConnectionError is python's, not core's).
    if (slug === 'iot') return;
    for (const name of CORE_ERRORS) {
      const Core = (core as Record<string, unknown>)[name] as abstract new (...args: never[]) => unknown;
      const Exported = pkg[name] as typeof Core;
      expect(Exported === Core || Exported.prototype instanceof Core, name).toBe(true);
    }
  });

  it('exports create<Service>Http from /msw, and nothing else', async () => {
    const msw = (await import(`@stratus/openstack-${slug}/msw`)) as Record<string, unknown>;
    expect(Object.keys(msw)).toEqual([httpFactoryName(slug)]);
  });
});

it('the type-level exports of every generated entry match the snapshot (types and interfaces included)', () => {
  const entries = SERVICES.flatMap((slug) =>
    ['index.ts', 'msw.ts'].map((file) => fileURLToPath(new URL(`../../packages/openstack-${slug}/src/generated/${file}`, import.meta.url))),
  );
  const names = exportedNames(entries);
  expect(names.filter((line) => line.includes('/src/generated/index.ts:')).length).toBeGreaterThan(SERVICES.length * CORE_ERRORS.length);
  expect(names).toMatchSnapshot();
}, 120_000); // one TypeScript program over thirteen generated packages, slow on a loaded machine
