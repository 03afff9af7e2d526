// Hand-written Keystone v3 token types: the generated identity schema misspells `issued_at` and has
// no `region_id` on catalog endpoints (the identity overlay fixes both for the generated package), so the
// session keeps its own types.

/** One endpoint of a catalog entry. */
export interface CatalogEndpoint {
  id?: string;
  interface: string;
  region?: string | null;
  region_id?: string | null;
  url: string;
  [key: string]: unknown;
}

/** One service of the token's catalog. */
export interface CatalogEntry {
  id?: string;
  type: string;
  name?: string;
  endpoints: CatalogEndpoint[];
  [key: string]: unknown;
}

export type ServiceCatalog = CatalogEntry[];

export interface KeystoneNamedRef {
  id: string;
  name?: string;
  domain?: { id?: string; name?: string };
  [key: string]: unknown;
}

/** The `token` object of a Keystone v3 `POST /v3/auth/tokens` response (everything but the token id). */
export interface KeystoneTokenInfo {
  methods?: string[];
  /** ISO 8601; `null` means the token never expires. */
  expires_at?: string | null;
  issued_at?: string;
  audit_ids?: string[];
  catalog?: ServiceCatalog;
  user?: KeystoneNamedRef & { password_expires_at?: string | null };
  project?: KeystoneNamedRef;
  domain?: { id: string; name?: string };
  system?: { all?: boolean };
  roles?: Array<{ id: string; name?: string }>;
  /** Present on tokens issued by the application credential method: which credential, and whether it may manage credentials and trusts. */
  application_credential?: { id: string; name?: string; restricted?: boolean };
  is_domain?: boolean;
  [key: string]: unknown;
}

/** What `keystoneAuth()` resolves: the token to send plus the token response. */
export interface KeystoneAuthentication {
  type: 'token';
  headerName: 'X-Auth-Token';
  /** The token id (from `X-Subject-Token`). Hidden from JSON.stringify and console.log. */
  token: string;
  /** When the token expires, `undefined` if it never does. */
  expiresAt: Date | undefined;
  issuedAt: Date | undefined;
  catalog: ServiceCatalog;
  project: KeystoneTokenInfo['project'];
  domain: KeystoneTokenInfo['domain'];
  system: KeystoneTokenInfo['system'];
  user: KeystoneTokenInfo['user'];
  roles: NonNullable<KeystoneTokenInfo['roles']>;
  /** The whole `token` object of the response. */
  tokenInfo: KeystoneTokenInfo;
}
