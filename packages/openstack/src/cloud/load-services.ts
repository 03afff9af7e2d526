import { StratusError } from '@stratus/core';
import { clientFactoryOf, SERVICE_NAMES, SERVICES, type ServiceModule, type ServiceModules, type ServiceName } from './services.js';

/** A service package as a cloud holds it: loaded, or the reason it could not be. */
export type LoadedService = { module: ServiceModule } | { problem: string; cause?: unknown };

/**
 * The services of a cloud. Passed in `services`: exactly those (what a bundler sees, so a bundle
 * holds only them). Not passed: every service package that is installed, imported by a specifier the
 * bundlers do not follow (Node, Bun and Deno resolve it from this package, like any peer dependency).
 */
export async function loadServices(services: ServiceModules | undefined): Promise<Map<ServiceName, LoadedService>> {
  const loaded = new Map<ServiceName, LoadedService>();
  if (services) {
    for (const name of SERVICE_NAMES) {
      const module = services[name];
      if (module) loaded.set(name, { module: checkedModule(name, module) });
      else loaded.set(name, { problem: `"${name}" is not among the services passed to createOpenStackClient() (${Object.keys(services).join(', ') || 'none'}): add it: services: { ${name} }, where ${name} is the namespace of ${SERVICES[name].packageName} (import * as ${name})` });
    }
    return loaded;
  }
  await Promise.all(
    SERVICE_NAMES.map(async (name) => {
      const specifier: string = SERVICES[name].packageName;
      try {
        const module = (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as ServiceModule;
        loaded.set(name, { module: checkedModule(name, module) });
      } catch (cause) {
        loaded.set(name, {
          problem: `${SERVICES[name].packageName} is not installed (or could not be loaded): install it (npm install ${SERVICES[name].packageName}), or, in a browser bundle, pass it: createOpenStackClient({ …, services: { ${name} } }), where ${name} is the namespace of ${SERVICES[name].packageName} (import * as ${name})`,
          cause,
        });
      }
    }),
  );
  return loaded;
}

function checkedModule(name: ServiceName, module: ServiceModule): ServiceModule {
  if (module === null || typeof module !== 'object' || clientFactoryOf(name, module) === undefined || typeof module.service !== 'object' || module.service === null) {
    throw new StratusError(`[@stratus/openstack] createOpenStackClient: services.${name} is not a service package namespace; pass the namespace of ${SERVICES[name].packageName} (import * as ${name})`);
  }
  return module;
}
