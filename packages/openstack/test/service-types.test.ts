import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogTypesFor, officialServiceType, SERVICE_TYPE_ALIASES } from '../src/index.js';

const authorityFile = fileURLToPath(new URL('../../../specs/upstream/openstack/service-types.json', import.meta.url));

describe('service types', () => {
  it('resolves aliases', () => {
    expect(officialServiceType('volumev3')).toBe('block-storage');
    expect(officialServiceType('sharev2')).toBe('shared-file-system');
    expect(officialServiceType('container-infra')).toBe('container-infrastructure-management');
    expect(officialServiceType('something-else')).toBe('something-else');
    expect(catalogTypesFor('volume')).toEqual(['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store']);
  });

  it.runIf(existsSync(authorityFile))('matches the service-types-authority data', () => {
    const authority = JSON.parse(readFileSync(authorityFile, 'utf8')) as { services: Array<{ service_type: string; aliases?: string[] }> };
    for (const [official, aliases] of Object.entries(SERVICE_TYPE_ALIASES)) {
      if (official === 'iot') continue; // not an official type
      const entry = authority.services.find((service) => service.service_type === official);
      expect(entry, official).toBeDefined();
      expect(aliases, official).toEqual(entry?.aliases ?? []);
    }
  });
});
