// The bench workspace does not depend on the OpenStack packages: a tsconfig mapping them to the built files.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const computePackage = fileURLToPath(new URL('../../packages/openstack-compute/', import.meta.url));

export function computeBenchTsconfig(extraPaths = {}) {
  return {
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [],
      paths: {
        '@stratus/openstack-compute': [join(computePackage, 'dist/index.d.ts')],
        'openapi-fetch': [join(computePackage, 'node_modules/openapi-fetch/dist/index.d.mts')],
        ...extraPaths,
      },
    },
  };
}
