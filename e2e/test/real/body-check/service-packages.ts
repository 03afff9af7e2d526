import type { RealOpenStack } from '../support/real-openstack.js';

/** What the body check needs to know about the generated package behind one real endpoint. */
export interface ServicePackage {
  /** Catalog type, e.g. `identity`; the package is `@stratus/openstack-<type>`. */
  serviceType: string;
  packageName: string;
  /** The real endpoint, as start.sh put it in the catalog (`$(project_id)s` standing for any project). */
  endpoint: URL;
  /** The package's paths are relative to `<endpoint><versionPrefix>` (`/v3`, `/v2`), when it has one. */
  versionPrefix: string | undefined;
  microversion: MicroversionFacts | undefined;
}

export interface MicroversionFacts {
  headers: ReadonlyArray<{ name: string; serviceName?: string }>;
  /** What the server answers with when a request names no version. */
  min: string;
}

/** The generated package of every real endpoint in env.json (each catalog type names its package). */
export async function loadServicePackages(openstack: RealOpenStack): Promise<ServicePackage[]> {
  return Promise.all(
    Object.entries(openstack.endpoints).map(async ([serviceType, endpoint]) => {
      const packageName = `@stratus/openstack-${serviceType}`;
      const module: { service?: unknown } = await import(packageName);
      const service = module.service;
      if (!isServiceFacts(service) || service.serviceType !== serviceType) {
        throw new Error(`${packageName} does not describe the catalog type ${serviceType} (its \`service.serviceType\` differs or is missing)`);
      }
      return {
        serviceType,
        packageName,
        // The catalog URL as registered: one naming the project serves every project's URL.
        endpoint: new URL(openstack.catalog[serviceType] ?? endpoint),
        versionPrefix: service.versionPrefix,
        microversion: service.microversion,
      };
    }),
  );
}

interface ServiceFacts {
  serviceType: string;
  versionPrefix?: string;
  microversion?: MicroversionFacts;
}

function isServiceFacts(value: unknown): value is ServiceFacts {
  return typeof value === 'object' && value !== null && 'serviceType' in value && typeof value.serviceType === 'string';
}
