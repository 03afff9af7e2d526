import type { PackageConfig, ServicePackageConfig } from '../config/package-config.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import type { MicroversionHeaderConfig } from '../microversions/microversion-config.js';
import { operationMedia, type OperationMediaFacts } from './body-media.js';

/** What the runtime needs to know about a service, derived from the config and the IR. */
export interface ServiceFacts {
  provider: string;
  serviceType?: string;
  /** `info.version` of the spec, e.g. the newest microversion `2.104`. */
  apiVersion: string;
  /** Prefix stripped from the spec's paths; the base URL must already include it. */
  versionPrefix?: string;
  auth?: { headerName: string; scheme?: string };
  /** Microversion headers and the versions the spec describes (`@stratus/core` MicroversionFacts). */
  microversion?: { service: string; headers: readonly MicroversionHeaderConfig[]; min: string; max: string };
  /** Operations whose bodies are not JSON (`@stratus/core` OperationMediaTable), e.g. `'PUT /images/{image_id}/file'`. */
  media?: Record<string, OperationMediaFacts>;
}

export function serviceFacts(config: ServicePackageConfig, document: OpenApiDocument, microversionLadder?: readonly string[]): ServiceFacts {
  const facts: ServiceFacts = { provider: config.provider, apiVersion: document.info.version };
  const microversion = config.service.microversion;
  if (microversion && microversionLadder) {
    facts.microversion = { service: microversion.service, headers: microversion.headers, min: microversionLadder[0]!, max: microversionLadder.at(-1)! };
  }
  if (config.service.serviceType) facts.serviceType = config.service.serviceType;
  if (config.transforms?.stripPathPrefix) facts.versionPrefix = config.transforms.stripPathPrefix;
  const media = operationMedia(document);
  if (Object.keys(media).length > 0) facts.media = media;
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
      facts.auth = { headerName: scheme.name };
      break;
    }
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') {
      facts.auth = { headerName: 'Authorization', scheme: 'Bearer' };
      break;
    }
  }
  return facts;
}

/** `@stratus/openstack-block-storage` → `BlockStorage`. */
export function typePrefix(config: PackageConfig): string {
  const slug = config.name.replace(/^@stratus\//, '').replace(new RegExp(`^${config.provider}-`), '');
  return slug.split(/[-_]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** A plausible catalog URL for docs: `https://compute.example.com/v2.1`, Swift's with `AUTH_project`. */
export function exampleBaseUrl(facts: ServiceFacts): string {
  return `https://${facts.serviceType ?? 'api'}.example.com${(facts.versionPrefix ?? '').replace(/\/\{[^}]+\}/g, '/AUTH_project')}`;
}
