// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.
// Exported from the package index; names here replace the core re-exports of the same name (`unwrap`, `ConnectionError`).
export * from './iotronic-errors.js';
export { fromResponse, parseIotronicFault, type FromResponseOptions } from './from-response.js';
export { unwrap } from './unwrap.js';
export { managerOptions } from './manager-options.js';
