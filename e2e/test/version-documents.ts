import { http, HttpResponse } from 'msw';
import { service as baremetal } from '@stratus/openstack-baremetal';
import { service as blockStorage } from '@stratus/openstack-block-storage';
import { service as compute } from '@stratus/openstack-compute';
import { service as containerInfra } from '@stratus/openstack-container-infra';
import { service as iot } from '@stratus/openstack-iot';
import { service as placement } from '@stratus/openstack-placement';
import { service as sharedFileSystem } from '@stratus/openstack-shared-file-system';

// The version documents an unpinned client reads before its first call (it negotiates its
// microversion), served for the hosts the msw tests use, in each service's own shape, by servers as
// new as the packages (so the newest version each package describes is negotiated).

const range = (facts: { microversion: { min: string; max: string } }) => facts.microversion;

/** IoTronic and Magnum announce their range in headers on every v1 response. */
const v1WithRangeHeaders = (url: string, minimum: string, maximum: string, facts: { microversion: { min: string; max: string } }, value = (v: string) => v) =>
  http.get(url, () => HttpResponse.json({ id: 'v1', links: [{ href: url, rel: 'self' }] }, { headers: { [minimum]: value(range(facts).min), [maximum]: value(range(facts).max) } }));

/** The `versions` list of an unversioned root (IoTronic, Cinder, Manila): `version` is the maximum. */
const versionsList = (url: string, id: string, facts: { microversion: { min: string; max: string } }, href: string) =>
  http.get(url, () => HttpResponse.json({ versions: [{ id, status: 'CURRENT', version: range(facts).max, min_version: range(facts).min, links: [{ href, rel: 'self' }] }] }));

/** Ironic's root and v1 documents as Ironic 21 writes them: the range in `version` and in headers (abridged to the collections every version has). */
const ironicDocuments = (root: string) => {
  const { min, max } = range(baremetal);
  const v1 = `${root}v1/`;
  const version = { id: 'v1', links: [{ href: v1, rel: 'self' }], status: 'CURRENT', min_version: min, version: max };
  const links = (collection: string) => [
    { href: `${v1}${collection}/`, rel: 'self' },
    { href: `${root}${collection}/`, rel: 'bookmark' },
  ];
  const headers = { 'X-OpenStack-Ironic-API-Minimum-Version': min, 'X-OpenStack-Ironic-API-Maximum-Version': max, 'X-OpenStack-Ironic-API-Version': min };
  return [
    http.get(root, () => HttpResponse.json({ name: 'OpenStack Ironic API', description: 'Ironic is an OpenStack project which enables the provision and management of baremetal machines.', default_version: version, versions: [version] }, { headers })),
    http.get(v1, () =>
      HttpResponse.json(
        {
          id: 'v1',
          links: [{ href: v1, rel: 'self' }],
          media_types: { base: 'application/json', type: 'application/vnd.openstack.ironic.v1+json' },
          chassis: links('chassis'),
          nodes: links('nodes'),
          ports: links('ports'),
          drivers: links('drivers'),
          version,
        },
        { headers },
      ),
    ),
  ];
};

/** webob's page for a route the service does not have (Cinder and Manila have no document under the project id). */
const notFound = (url: string) =>
  http.get(url, () => HttpResponse.json({ message: 'The resource could not be found.<br /><br />\n\n\n', code: '404 Not Found', title: 'Not Found' }, { status: 404 }));

export const VERSION_DOCUMENTS = [
  http.get('https://nova.test/v2.1/', () =>
    HttpResponse.json({
      version: {
        id: 'v2.1',
        status: 'CURRENT',
        version: range(compute).max,
        min_version: '2.1',
        updated: '2013-07-23T11:33:21Z',
        links: [{ rel: 'self', href: 'https://nova.test/v2.1/' }],
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
      },
    }),
  ),
  // Placement's GET / as Placement 8 answers it.
  http.get('https://placement.test/', () =>
    HttpResponse.json(
      { versions: [{ id: 'v1.0', max_version: range(placement).max, min_version: range(placement).min, status: 'CURRENT', links: [{ rel: 'self', href: '' }] }] },
      { headers: { 'openstack-api-version': 'placement 1.0', vary: 'openstack-api-version' } },
    ),
  ),
  versionsList('https://cinder.test/v3/', 'v3.0', blockStorage, 'https://cinder.test/v3/'),
  notFound('https://cinder.test/v3/:project/'),
  versionsList('https://manila.test/v2/', 'v2.0', sharedFileSystem, 'https://manila.test/v2/'),
  notFound('https://manila.test/v2/:project/'),
  http.get('https://magnum.test/', () =>
    HttpResponse.json({ versions: [{ id: 'v1', status: 'CURRENT', max_version: range(containerInfra).max, min_version: range(containerInfra).min, links: [{ href: 'https://magnum.test/v1/', rel: 'self' }] }] }),
  ),
  v1WithRangeHeaders('https://magnum.test/v1/', 'OpenStack-API-Minimum-Version', 'OpenStack-API-Maximum-Version', containerInfra, (v) => `container-infra ${v}`),
  ...ironicDocuments('https://ironic.test/'),
  ...ironicDocuments('https://ironic.test:6385/'),
  versionsList('https://iotronic.test:8812/', 'v1', iot, 'https://iotronic.test:8812/v1/'),
  v1WithRangeHeaders('https://iotronic.test:8812/v1/', 'X-OpenStack-Iotronic-API-Minimum-Version', 'X-OpenStack-Iotronic-API-Maximum-Version', iot),
];
