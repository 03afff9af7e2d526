import { createTokenAuth, StratusError, type AuthStrategy, type ServiceClientOptions, type TransportOptions } from '@stratus/core';
import { normalizeEndpointUrl } from '../catalog/normalize-endpoint-url.js';
import { selectEndpoint } from '../catalog/select-endpoint.js';
import { createKeystoneAuth, type KeystoneAuth } from '../keystone/create-keystone-auth.js';
import type { KeystoneAuthentication } from '../keystone/types.js';
import type { OpenStackClientOptions } from './openstack-client-options.js';
import { loadServices, type LoadedService } from './load-services.js';
import { clientFactoryOf, SERVICE_NAMES, serviceFacts, type CloudServices, type MicroversionPins, type ServiceClients, type ServiceModule, type ServiceModules, type ServiceName } from './services.js';

const PREFIX = '[@stratus/openstack] createOpenStackClient';

/**
 * Connects to an OpenStack cloud. In Keystone mode it authenticates first (so bad credentials fail
 * here, and the catalog is known when a service client is first used); in direct mode it does no I/O.
 * The services are the packages passed in `services`, or, when none are, every installed one.
 */
export async function createOpenStackClient<const Pins extends MicroversionPins = {}, const Services extends ServiceModules = {}>(
  options: OpenStackClientOptions & { microversions?: Pins; services?: Services },
): Promise<OpenStackClient<Pins, Services>> {
  const cloud = new OpenStackCloud<Pins>(options);
  await cloud.loadServices();
  await cloud.authenticate();
  // The service properties are getters defined on the prototype below, which the class type does not declare.
  return cloud as unknown as OpenStackClient<Pins, Services>;
}

/** What `createOpenStackClient()` returns: the session plus one typed client per service (`cloud.compute`, …). */
export type OpenStackClient<Pins = {}, Services = {}> = OpenStackClientBase<Pins> & CloudServices<Pins, Services>;

/** The session part of an {@link OpenStackClient}, whichever services it has (as `OvhClientBase` in `@stratus/ovh`). */
export interface OpenStackClientBase<Pins = {}> {
  /**
   * The token response of the last authentication (catalog, project, user, roles, expiry), including
   * the re-authentications a 401 triggers (a revoked token is replaced here too); undefined in direct mode.
   */
  readonly authentication: KeystoneAuthentication | undefined;
  /** Authenticates again (Keystone mode) and returns the token response; undefined in direct mode. */
  authenticate(): Promise<KeystoneAuthentication | undefined>;
  /** The base URL a service client uses (catalog or `endpoints`, normalized so paths read `/servers`). */
  endpointFor(name: ServiceName): string;
  /** The client of one service (what the `compute`, `network`… properties return). */
  client<K extends ServiceName & keyof ServiceClients<Pins>>(name: K): ServiceClients<Pins>[K];
  /** Forgets the token and the clients. Revokes the token in Keystone only with `{ revoke: true }`. */
  close(options?: { revoke?: boolean }): Promise<void>;
  /** `await using cloud = await createOpenStackClient(…)` closes it at the end of the block. */
  [Symbol.asyncDispose](): Promise<void>;
  readonly closed: boolean;
  /** `{ authUrl, regionName, services, closed }`: never a credential. */
  toJSON(): Record<string, unknown>;
}

/**
 * The session behind an {@link OpenStackClient}: one client per service, created on first use and
 * cached. Not exported: programs get it from createOpenStackClient() and name it by its type.
 */
class OpenStackCloud<Pins = {}> implements OpenStackClientBase<Pins> {
  // Private fields: util.inspect / JSON.stringify of a client never show credentials.
  readonly #options: OpenStackClientOptions;
  readonly #auth: AuthStrategy;
  readonly #keystone: KeystoneAuth | undefined;
  readonly #clients = new Map<ServiceName, unknown>();
  #services: Map<ServiceName, LoadedService> | undefined;
  #authentication: KeystoneAuthentication | undefined;
  #closed = false;

  constructor(options: OpenStackClientOptions) {
    // Plain JavaScript callers can omit the options: say what to pass rather than fail on `undefined.authUrl`.
    if (typeof options !== 'object' || options === null) {
      throw new StratusError(`${PREFIX}: options are required: { authUrl, …credentials } for Keystone, or { token, endpoints } for direct mode`);
    }
    this.#options = options;
    if (options.authUrl) {
      const { endpoints: _endpoints, regionName: _region, interface: _interface, interfaces: _interfaces, regionNames: _regions, microversions: _pins, negotiateMicroversions: _negotiate, services: _services, ...keystoneOptions } = options;
      this.#keystone = createKeystoneAuth({ ...keystoneOptions, authUrl: options.authUrl });
      this.#auth = this.#keystone;
    } else if (options.token !== undefined) {
      if (!options.endpoints || Object.keys(options.endpoints).length === 0) {
        throw new StratusError(`${PREFIX}: without authUrl (Keystone) a token needs "endpoints", e.g. { iot: 'http://host:8812/v1' }`);
      }
      this.#keystone = undefined;
      this.#auth = createTokenAuth({ token: options.token, headerName: 'X-Auth-Token' });
    } else {
      throw new StratusError(`${PREFIX}: no auth URL: set authUrl (OS_AUTH_URL, clouds.yaml auth.auth_url), or pass token + endpoints for direct mode`);
    }
    for (const name of Object.keys(options.services ?? {})) {
      if (!(SERVICE_NAMES as string[]).includes(name)) {
        throw new StratusError(`${PREFIX}: services.${name}: unknown service (known: ${SERVICE_NAMES.join(', ')})`);
      }
    }
  }

  /**
   * Loads the service packages (those passed in `services`, else every installed one) and checks the
   * microversion pins against them; `createOpenStackClient()` does this before authenticating.
   */
  async loadServices(): Promise<void> {
    this.#services = await loadServices(this.#options.services);
    for (const name of Object.keys(this.#options.microversions ?? {})) {
      if (!(SERVICE_NAMES as string[]).includes(name)) {
        throw new StratusError(`${PREFIX}: microversions.${name}: unknown service (known: ${SERVICE_NAMES.join(', ')})`);
      }
      if (!serviceFacts(name as ServiceName).hasMicroversions) {
        const versioned = SERVICE_NAMES.filter((service) => serviceFacts(service).hasMicroversions).join(', ');
        throw new StratusError(`${PREFIX}: microversions.${name}: "${name}" has no microversions (services with microversions: ${versioned})`);
      }
      this.#module(name as ServiceName, `microversions.${name}`);
    }
  }

  /** Authenticates (Keystone mode) and returns the token response; undefined in direct mode. */
  async authenticate(): Promise<KeystoneAuthentication | undefined> {
    this.#assertOpen();
    if (!this.#keystone) return undefined;
    this.#authentication = await this.#keystone();
    return this.#authentication;
  }

  /**
   * The token response of the last authentication (catalog, project, user, roles, expiry), including
   * the re-authentications a 401 triggers (a revoked token is replaced here too).
   */
  get authentication(): KeystoneAuthentication | undefined {
    const current = this.#keystone?.current();
    if (current) this.#authentication = current;
    return this.#authentication;
  }

  /** The base URL a service client uses (catalog or `endpoints`, normalized so paths read `/servers`). */
  endpointFor(name: ServiceName): string {
    const { serviceType } = serviceFacts(name);
    const { versionPrefix } = this.#module(name, `cloud.${name}`).service;
    const override = this.#options.endpoints?.[name];
    const authentication = this.authentication;
    const projectId = authentication?.project?.id ?? this.#options.projectId;
    if (!this.#keystone) {
      if (!override) {
        const known = Object.keys(this.#options.endpoints ?? {}).join(', ');
        throw new StratusError(`${PREFIX}: no endpoint for "${name}" in direct mode (endpoints given: ${known})`);
      }
      return normalizeEndpointUrl(override, { versionPrefix, projectId });
    }
    if (!authentication) throw new StratusError(`${PREFIX}: not authenticated yet; use "await createOpenStackClient(…)"`);
    const endpointInterface = this.#options.interfaces?.[name] ?? this.#options.interface;
    const region = this.#options.regionNames?.[name] ?? this.#options.regionName;
    const selected = selectEndpoint(authentication.catalog, {
      serviceType,
      ...(endpointInterface ? { interface: endpointInterface } : {}),
      ...(region ? { region } : {}),
      ...(override ? { endpointOverride: override } : {}),
    });
    return normalizeEndpointUrl(selected.url, { versionPrefix, projectId });
  }

  /** The client of one service (what the `compute`, `network`… getters return). */
  client<K extends ServiceName & keyof ServiceClients<Pins>>(name: K): ServiceClients<Pins>[K] {
    this.#assertOpen();
    let client = this.#clients.get(name);
    if (!client) {
      const { fetch, timeoutMs, maxRetries, retryDelay, onRetry, userAgent } = this.#options;
      const transport: Pick<TransportOptions, 'fetch' | 'timeoutMs' | 'maxRetries' | 'retryDelay' | 'onRetry' | 'userAgent'> = {
        ...(fetch ? { fetch } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(maxRetries !== undefined ? { maxRetries } : {}),
        ...(retryDelay ? { retryDelay } : {}),
        ...(onRetry ? { onRetry } : {}),
        ...(userAgent ? { userAgent } : {}),
      };
      const baseUrl = this.endpointFor(name);
      const module = this.#module(name, `cloud.${name}`);
      client = clientFactoryOf(name, module)!({ ...transport, baseUrl, auth: this.#auth, ...this.#microversionOptions(name, baseUrl) });
      this.#clients.set(name, client);
    }
    return client as ServiceClients<Pins>[K];
  }

  /** The pinned version and negotiation of one service, for its create<Service>Client. */
  #microversionOptions(name: ServiceName, baseUrl: string): Pick<ServiceClientOptions, 'microversion' | 'negotiateMicroversion' | 'microversionDiscoveryUrl'> {
    if (!serviceFacts(name).hasMicroversions) return {};
    const pinned = (this.#options.microversions as Partial<Record<ServiceName, string>> | undefined)?.[name];
    const negotiate = this.#options.negotiateMicroversions;
    // Cinder's and Manila's catalog URLs end in the project id; their version document is the /v3/ or /v2/ above it.
    const projectId = this.authentication?.project?.id ?? this.#options.projectId;
    const discoveryRoot = projectId && baseUrl.endsWith(`/${projectId}`) ? baseUrl.slice(0, -projectId.length - 1) : baseUrl;
    return {
      ...(pinned === undefined ? {} : { microversion: pinned }),
      // Absent: the client's default (negotiate when unpinned, send a pin as is).
      ...(negotiate === undefined ? {} : { negotiateMicroversion: negotiate }),
      microversionDiscoveryUrl: `${discoveryRoot}/`,
    };
  }


  /** Forgets the token and the clients. Revokes the token in Keystone only with `{ revoke: true }`. */
  async close(options: { revoke?: boolean } = {}): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#clients.clear();
    this.#authentication = undefined;
    if (this.#keystone) {
      if (options.revoke) await this.#keystone.revoke();
      else this.#keystone.forget();
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  get closed(): boolean {
    return this.#closed;
  }

  toJSON(): Record<string, unknown> {
    const services = this.#services ? [...this.#services].filter(([, loaded]) => 'module' in loaded).map(([name]) => name) : [];
    return { authUrl: this.#options.authUrl, regionName: this.#options.regionName, services, closed: this.#closed };
  }

  /** The package of a service, or an error naming the package to install (`what` says who asked). */
  #module(name: ServiceName, what: string): ServiceModule {
    const loaded = this.#services?.get(name);
    if (!loaded) throw new StratusError(`${PREFIX}: ${what}: the services are not loaded yet; use "await createOpenStackClient(…)"`);
    if ('problem' in loaded) throw new StratusError(`${PREFIX}: ${what}: ${loaded.problem}`, { cause: loaded.cause });
    return loaded.module;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StratusError(`${PREFIX}: this cloud is closed`);
  }
}

// `cloud.compute`, `cloud.network`…: getters on the prototype (typed by OpenStackClient), so the
// class names no service package.
for (const name of SERVICE_NAMES) {
  Object.defineProperty(OpenStackCloud.prototype, name, {
    get(this: OpenStackCloud) {
      return this.client(name as never);
    },
    configurable: true,
    enumerable: false,
  });
}
