/**
 * The OpenStack service clients a program can use, filled in by the generated service packages
 * (`@stratus/openstack-compute` adds `compute`, …) through module augmentation. `@stratus/openstack`
 * types `cloud.compute` from here, so its own declarations never name a service package: a program
 * that installs only some services type-checks with `skipLibCheck: false`, and a service is typed
 * as soon as its package is part of the program (imported, e.g. to pass it in `services`).
 *
 * `Pins` are the microversions pinned per service (`{ compute: '2.79' }`); a pinned service's client
 * is typed at its pin, an unpinned one at the newest version its package describes.
 */
export interface OpenStackServiceClients<Pins> {}

/** The microversions each registered service accepts, by the same names (`{ compute: '2.1' | … }`). */
export interface OpenStackServiceMicroversions {}
