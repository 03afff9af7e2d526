import { describe, expect, it } from 'vitest';
import { SERVICE_NAMES, serviceFacts } from '../src/cloud/services.js';

// The cloud knows its services by name without importing them; these facts must be the packages' own.
describe('the service table', () => {
  it.each(SERVICE_NAMES)('%s: package, service type and microversions match the generated package', async (name) => {
    const facts = serviceFacts(name);
    const { service } = (await import(facts.packageName)) as { service: { serviceType: string; microversion?: unknown } };
    expect({ serviceType: facts.serviceType, hasMicroversions: facts.hasMicroversions }).toEqual({ serviceType: service.serviceType, hasMicroversions: service.microversion !== undefined });
  });
});
