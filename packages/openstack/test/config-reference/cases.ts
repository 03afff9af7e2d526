// The matrix config-differential.test.ts runs through openstacksdk's loader and ours. Each case is a
// set of files (paths under the case's own temporary directory: `cwd/` is the working directory,
// `home/` is HOME), OS_* variables ({root} stands for that directory), and the cloud / region asked for.

/** Where Stratus differs on purpose: what openstacksdk does, what Stratus does instead. */
export interface Deliberate {
  /** The difference, as the README lists it. */
  why: string;
  /** Matches openstacksdk's result (JSON): proves the reference still does what `why` says. */
  reference: RegExp;
  /** Stratus: the error it throws (it must name the cloud and the key)… */
  error?: RegExp;
  /** …or the parts of its result that differ from the reference (the rest must agree)… */
  differs?: string[];
  /** …or, where openstacksdk fails, what Stratus resolves instead. */
  expected?: Record<string, unknown>;
}

export interface ConfigCase {
  id: string;
  kind: 'keys' | 'selection' | 'regions' | 'profiles' | 'tls' | 'services' | 'auth-types';
  files?: Record<string, string>;
  env?: Record<string, string>;
  cloud?: string;
  regionName?: string;
  deliberate?: Deliberate;
}

const CLOUDS = 'cwd/clouds.yaml';
const HOME_CLOUDS = 'home/.config/openstack/clouds.yaml';
const HOME_SECURE = 'home/.config/openstack/secure.yaml';
const PUBLIC = 'home/.config/openstack/clouds-public.yaml';

const PASSWORD_CLOUD = `
clouds:
  pouta:
    auth:
      auth_url: https://pouta.csc.fi:5001/v3
      username: alice
      password: s3cret
      project_name: project_2001234
      user_domain_name: Default
      project_domain_id: default
    region_name: regionOne
`;

const OPENRC = {
  OS_AUTH_URL: 'https://openrc.example.com:5000/v3',
  OS_USERNAME: 'bob',
  OS_PASSWORD: 'from-openrc',
  OS_PROJECT_NAME: 'proj',
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
  OS_REGION_NAME: 'RegionOne',
};

/** A password cloud named `c` whose other settings are `extra` (YAML lines, indented by 4). */
const cloud = (extra: string, auth = 'auth_url: https://keystone.example.com:5000/v3\n      user_id: u-1\n      password: p\n      project_id: 0a1b2c') =>
  `clouds:\n  c:\n    auth:\n      ${auth}\n${extra
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

export const CASES: ConfigCase[] = [
  // ── Key normalisation ──────────────────────────────────────────────────────────────────────────
  { id: 'plain password cloud', kind: 'keys', files: { [CLOUDS]: PASSWORD_CLOUD }, cloud: 'pouta' },
  {
    id: 'dashed auth keys',
    kind: 'keys',
    files: { [CLOUDS]: 'clouds:\n  c:\n    auth:\n      auth-url: https://k.example.com/v3\n      username: u\n      password: p\n      project-name: proj\n      user-domain-name: Default\n      project-domain-name: Default\n' },
    cloud: 'c',
  },
  {
    id: 'dashed top-level keys: region-name, compute-endpoint-override, identity-api-version',
    kind: 'keys',
    files: { [CLOUDS]: cloud('region-name: R1\ncompute-endpoint-override: https://nova.example.com/v2.1\nidentity-api-version: 3') },
    cloud: 'c',
  },
  {
    id: 'domain_name with a project: the user and project domain',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_name: proj\n      domain_name: Corp') },
    cloud: 'c',
  },
  {
    id: 'domain_id beside auth with a project id',
    kind: 'keys',
    files: { [CLOUDS]: cloud('domain_id: d-1\nuser_domain_name: Corp') },
    cloud: 'c',
  },
  {
    id: 'domain_name without a project: domain scope',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u-1\n      password: p\n      domain_name: Corp') },
    cloud: 'c',
  },
  {
    id: 'default_domain_id for user and project',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_name: proj\n      default_domain_id: default') },
    cloud: 'c',
  },
  {
    id: 'default_domain_name under an explicit user domain id',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_name: proj\n      user_domain_id: udom\n      default_domain_name: Default') },
    cloud: 'c',
  },
  {
    id: 'auth keys beside auth:',
    kind: 'keys',
    files: { [CLOUDS]: 'clouds:\n  c:\n    auth_url: https://k.example.com/v3\n    username: u\n    password: p\n    project_name: proj\n    user_domain_name: Default\n    project_domain_name: Default\n' },
    cloud: 'c',
  },
  {
    id: 'auth: wins over the same key beside it',
    kind: 'keys',
    files: { [CLOUDS]: cloud('username: beside\nauth_url: https://beside.example.com/v3', 'auth_url: https://k.example.com/v3\n      user_id: inside\n      password: p\n      project_id: pid\n      username: inside') },
    cloud: 'c',
  },
  {
    id: 'tenant_name and tenant_id',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      tenant_name: old-name\n      tenant_id: old-id') },
    cloud: 'c',
  },
  {
    id: 'OS_AUTH_TOKEN with OS_AUTH_TYPE=token',
    kind: 'keys',
    env: { OS_AUTH_URL: 'https://k.example.com:5000', OS_AUTH_TYPE: 'token', OS_AUTH_TOKEN: 'tok-123', OS_PROJECT_ID: 'pid' },
  },
  {
    id: 'OS_TOKEN with OS_AUTH_TYPE=v3token',
    kind: 'keys',
    env: { OS_AUTH_URL: 'https://k.example.com/v3', OS_AUTH_TYPE: 'v3token', OS_TOKEN: 'tok-456', OS_PROJECT_NAME: 'p', OS_PROJECT_DOMAIN_ID: 'default' },
  },
  {
    id: 'auth_plugin loses to the default auth_type',
    kind: 'keys',
    files: { [CLOUDS]: 'clouds:\n  c:\n    auth_plugin: v3token\n    auth:\n      auth_url: https://k.example.com/v3\n      token: t\n      project_id: pid\n' },
    cloud: 'c',
  },
  {
    id: 'endpoint_type and <service>_endpoint_type',
    kind: 'keys',
    files: { [CLOUDS]: cloud('endpoint_type: internal\ncompute_endpoint_type: admin') },
    cloud: 'c',
  },
  {
    id: 'numbers: ids and versions become strings (2 and 2.0 differ)',
    kind: 'keys',
    files: { [CLOUDS]: cloud('identity_api_version: 3\nnetwork_api_version: 2.0\nregion_name: 1', 'auth_url: https://k.example.com/v3\n      user_id: 42\n      password: 1234\n      project_id: 0777') },
    cloud: 'c',
  },
  {
    id: 'clouds.json',
    kind: 'keys',
    files: { 'cwd/clouds.json': JSON.stringify({ clouds: { c: { auth: { auth_url: 'https://k.example.com/v3', user_id: 'u', password: 'p', project_id: 'pid' }, compute_api_version: '2.60', region_name: 'R' } } }) },
    cloud: 'c',
  },
  {
    id: 'system_scope: all',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: admin\n      password: p\n      system_scope: all') },
    cloud: 'c',
  },
  {
    id: 'passcode beside auth, v3totp',
    kind: 'keys',
    files: { [CLOUDS]: cloud('auth_type: v3totp\npasscode: "123456"', 'auth_url: https://k.example.com/v3\n      username: u\n      user_domain_name: Default\n      project_id: pid') },
    cloud: 'c',
  },
  {
    id: 'v3password does not take default_domain_id',
    kind: 'keys',
    files: { [CLOUDS]: cloud('auth_type: v3password', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_id: pid\n      default_domain_id: default') },
    cloud: 'c',
  },
  {
    id: 'a key the auth type does not take',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      project_id: pid\n      colour: blue') },
    cloud: 'c',
  },

  { id: 'a password beside auth: loses to the one in it', kind: 'keys', files: { [CLOUDS]: cloud('password: outer') }, cloud: 'c' },
  {
    id: 'domain_id shorthand under an explicit project_domain_name',
    kind: 'keys',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_name: pn\n      project_domain_name: PD\n      domain_id: did') },
    cloud: 'c',
  },
  { id: 'system_scope other than all: no scope', kind: 'keys', files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      system_scope: project') }, cloud: 'c' },
  { id: 'dashed tenant-name and project-domain-name beside auth', kind: 'keys', files: { [CLOUDS]: cloud('tenant-name: tn\nproject-domain-name: D', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p') }, cloud: 'c' },
  { id: 'an auth URL without a version, under a path', kind: 'keys', files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com:5000/identity\n      user_id: u\n      password: p') }, cloud: 'c' },
  { id: 'OS_ENDPOINT_TYPE=internalURL', kind: 'keys', env: { OS_AUTH_URL: 'https://k.example.com/v3', OS_USER_ID: 'u', OS_PASSWORD: 'p', OS_ENDPOINT_TYPE: 'internalURL' } },
  {
    id: 'OS_DEFAULT_DOMAIN (the CLI’s, not openstacksdk’s)',
    kind: 'keys',
    env: { OS_AUTH_URL: 'https://k.example.com/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'pn', OS_DEFAULT_DOMAIN: 'default' },
    deliberate: { why: 'a user name without its domain is refused (Keystone would refuse the request)', reference: /"user":\{"password":"p","name":"u"\}/, error: /\(cloud "envvars"\): user "u" needs its domain: set OS_USER_DOMAIN_NAME/ },
  },

  // ── Selection and precedence ───────────────────────────────────────────────────────────────────
  { id: 'OS_CLOUD names the cloud; stray OS_* variables do not leak in', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { ...OPENRC, OS_CLOUD: 'pouta' } },
  { id: 'cloud argument; stray OS_* variables do not leak in', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { OS_AUTH_URL: 'https://attacker.example.com/v3', OS_PASSWORD: 'x' }, cloud: 'pouta' },
  { id: 'openrc alone: the envvars cloud', kind: 'selection', env: OPENRC },
  { id: 'OS_CLOUD=envvars selects the OS_* cloud over a clouds.yaml', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { ...OPENRC, OS_CLOUD: 'envvars' } },
  { id: 'OS_* variables beside a single-cloud clouds.yaml: the envvars cloud', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: OPENRC },
  { id: 'OS_CLOUD_NAME renames the envvars cloud', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { ...OPENRC, OS_CLOUD_NAME: 'shell' }, cloud: 'shell' },
  { id: 'OS_CLOUD_NAME clashes with a clouds.yaml cloud', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { ...OPENRC, OS_CLOUD_NAME: 'pouta' } },
  { id: 'the only cloud is the default', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD } },
  { id: 'two clouds and none selected', kind: 'selection', files: { [CLOUDS]: `${PASSWORD_CLOUD}  other:\n    auth:\n      auth_url: https://other.example.com/v3\n` } },
  { id: 'only a selector variable (OS_REGION_NAME) beside the only cloud', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { OS_REGION_NAME: 'regionOne' } },
  {
    id: 'a cloud only in secure.yaml',
    kind: 'selection',
    files: { [CLOUDS]: PASSWORD_CLOUD, [HOME_SECURE]: 'clouds:\n  hidden:\n    auth:\n      auth_url: https://hidden.example.com/v3\n      user_id: u\n      password: p\n      project_id: pid\n' },
    cloud: 'hidden',
  },
  {
    id: 'secure.yaml merges into the cloud, key by key',
    kind: 'selection',
    files: { [CLOUDS]: cloud('region_name: R1', 'auth_url: https://k.example.com/v3\n      user_id: u\n      project_id: pid'), [HOME_SECURE]: 'clouds:\n  c:\n    auth:\n      password: from-secure\n    region_name: R2\n' },
    cloud: 'c',
  },
  {
    id: 'OS_CLIENT_CONFIG_FILE and OS_CLIENT_SECURE_FILE go first',
    kind: 'selection',
    files: {
      [CLOUDS]: cloud('', 'auth_url: https://cwd.example.com/v3\n      user_id: u\n      password: p'),
      'elsewhere/my.yaml': cloud('', 'auth_url: https://explicit.example.com/v3\n      user_id: u'),
      'elsewhere/my-secure.json': JSON.stringify({ clouds: { c: { auth: { password: 'explicit-secret' } } } }),
    },
    env: { OS_CLIENT_CONFIG_FILE: '{root}/elsewhere/my.yaml', OS_CLIENT_SECURE_FILE: '{root}/elsewhere/my-secure.json', OS_CLOUD: 'c' },
  },
  {
    id: './clouds.yaml before ~/.config/openstack/clouds.yaml',
    kind: 'selection',
    files: { [CLOUDS]: cloud('', 'auth_url: https://cwd.example.com/v3\n      user_id: u\n      password: p'), [HOME_CLOUDS]: cloud('', 'auth_url: https://home.example.com/v3\n      user_id: u\n      password: p') },
    cloud: 'c',
  },
  {
    id: '$XDG_CONFIG_HOME/openstack before ~/.config/openstack',
    kind: 'selection',
    files: { 'xdg/openstack/clouds.yml': cloud('', 'auth_url: https://xdg.example.com/v3\n      user_id: u\n      password: p'), [HOME_CLOUDS]: cloud('', 'auth_url: https://home.example.com/v3\n      user_id: u\n      password: p') },
    env: { XDG_CONFIG_HOME: '{root}/xdg' },
    cloud: 'c',
  },
  { id: 'OS_CLOUD set but empty', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, env: { OS_CLOUD: '' } },
  { id: 'an unknown cloud', kind: 'selection', files: { [CLOUDS]: PASSWORD_CLOUD }, cloud: 'nope' },
  { id: 'OS_CLOUD names a cloud that does not exist', kind: 'selection', env: { ...OPENRC, OS_CLOUD: 'gone' } },
  { id: 'nothing configured at all', kind: 'selection' },

  // ── Regions ───────────────────────────────────────────────────────────────────────────────────
  { id: 'regions list: the first by default', kind: 'regions', files: { [CLOUDS]: cloud('regions: [R1, R2]') }, cloud: 'c' },
  { id: 'regions list: the one asked for', kind: 'regions', files: { [CLOUDS]: cloud('regions: [R1, R2]') }, cloud: 'c', regionName: 'R2' },
  { id: 'regions list: a region not in it', kind: 'regions', files: { [CLOUDS]: cloud('regions: [R1, R2]') }, cloud: 'c', regionName: 'r2' },
  {
    id: 'per-region values: interface, endpoint, auth',
    kind: 'regions',
    files: {
      [CLOUDS]: cloud(
        'regions:\n  - name: R1\n  - name: R2\n    values:\n      interface: internal\n      compute_endpoint_override: https://r2-nova.example.com/v2.1\n      auth:\n        project_id: r2-project',
      ),
    },
    cloud: 'c',
    regionName: 'R2',
  },
  { id: 'region_name as a comma-separated list', kind: 'regions', files: { [CLOUDS]: cloud('region_name: R1,R2') }, cloud: 'c', regionName: 'R2' },
  { id: 'regions wins over region_name', kind: 'regions', files: { [CLOUDS]: cloud('region_name: R9\nregions: [R1]') }, cloud: 'c' },
  {
    id: '{region_name} in auth_url',
    kind: 'regions',
    files: { [CLOUDS]: cloud('regions: [eu-1, us-1]', 'auth_url: https://identity.{region_name}.example.com/v3\n      user_id: u\n      password: p\n      project_id: pid') },
    cloud: 'c',
    regionName: 'us-1',
  },
  { id: 'a region asked for, no regions listed: taken as is', kind: 'regions', files: { [CLOUDS]: cloud('') }, cloud: 'c', regionName: 'Anywhere' },
  { id: 'envvars cloud: OS_REGION_NAME is its only region', kind: 'regions', env: OPENRC, regionName: 'RegionTwo' },
  { id: 'secure.yaml replaces the regions list', kind: 'regions', files: { [CLOUDS]: cloud('regions: [A, B]'), [HOME_SECURE]: 'clouds:\n  c:\n    regions: [Z]\n' }, cloud: 'c' },
  { id: 'a region’s values set a service’s region and the interface', kind: 'regions', files: { [CLOUDS]: cloud('regions:\n  - name: A\n    values:\n      compute_region_name: X\n      interface: internal\n  - B') }, cloud: 'c' },
  { id: 'an invalid regions entry', kind: 'regions', files: { [CLOUDS]: cloud('regions:\n  - name: R1\n    colour: red') }, cloud: 'c' },

  // ── Profiles ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'profile: ovh',
    kind: 'profiles',
    files: { [CLOUDS]: 'clouds:\n  ovh:\n    profile: ovh\n    auth:\n      username: user-abc\n      password: p\n      project_id: 0123abcd\n' },
    cloud: 'ovh',
  },
  {
    id: 'profile: ovh, region GRA7 asked for',
    kind: 'profiles',
    files: { [CLOUDS]: 'clouds:\n  ovh:\n    profile: ovh\n    auth:\n      username: user-abc\n      password: p\n      project_name: "1234567890"\n' },
    cloud: 'ovh',
    regionName: 'GRA7',
  },
  { id: 'profile: ovh, a region OVH does not have', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  ovh:\n    profile: ovh\n    auth:\n      username: u\n      password: p\n' }, cloud: 'ovh', regionName: 'gra7' },
  { id: 'profile: ovh-us', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  us:\n    profile: ovh-us\n    auth:\n      username: u\n      password: p\n      project_id: pid\n' }, cloud: 'us' },
  {
    id: 'profile from clouds-public.yaml',
    kind: 'profiles',
    files: {
      [PUBLIC]: 'public-clouds:\n  acme:\n    auth:\n      auth_url: https://keystone.acme.example/v3\n      user_domain_name: acme\n    regions: [north, south]\n    interface: internal\n    identity_api_version: 3\n',
      [CLOUDS]: 'clouds:\n  mine:\n    profile: acme\n    auth:\n      username: u\n      password: p\n      project_name: proj\n      project_domain_name: acme\n',
    },
    cloud: 'mine',
    regionName: 'south',
  },
  {
    id: 'clouds-public.yaml wins over a bundled profile of the same name',
    kind: 'profiles',
    files: { [PUBLIC]: 'public-clouds:\n  ovh:\n    auth:\n      auth_url: https://private-ovh.example/v3\n', [CLOUDS]: 'clouds:\n  c:\n    profile: ovh\n    auth:\n      user_id: u\n      password: p\n' },
    cloud: 'c',
  },
  { id: 'profile: otc, {region_name} in its auth URL', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  t:\n    profile: otc\n    auth:\n      user_id: u\n      password: p\n      project_id: pid\n' }, cloud: 't', regionName: 'eu-nl' },
  { id: 'an unknown profile is skipped', kind: 'profiles', files: { [CLOUDS]: cloud('profile: no-such-vendor') }, cloud: 'c' },
  { id: 'cloud: (older name of profile)', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  c:\n    cloud: elastx\n    auth:\n      user_id: u\n      password: p\n      project_id: pid\n' }, cloud: 'c' },
  { id: 'the cloud’s own regions replace the profile’s', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  c:\n    profile: ovh\n    regions: [GRA11]\n    auth:\n      user_id: u\n      password: p\n' }, cloud: 'c' },
  { id: 'profile: betacloud (block storage v3)', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  b:\n    profile: betacloud\n    auth:\n      user_id: u\n      password: p\n      project_id: pid\n' }, cloud: 'b' },
  { id: 'profile: limestonenetworks (volume_api_version alias)', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  l:\n    profile: limestonenetworks\n    auth:\n      user_id: u\n      password: p\n      project_id: pid\n' }, cloud: 'l', regionName: 'us-slc' },
  { id: 'profile: auro (region_name, domains)', kind: 'profiles', files: { [CLOUDS]: 'clouds:\n  a:\n    profile: auro\n    auth:\n      username: u\n      password: p\n      project_name: proj\n' }, cloud: 'a' },
  { id: 'OS_PROFILE=ovh for an openrc', kind: 'profiles', env: { OS_PROFILE: 'ovh', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_ID: 'pid' } },
  {
    id: 'profile: citycloud (legacy block storage v1 not carried)',
    kind: 'profiles',
    files: { [CLOUDS]: 'clouds:\n  city:\n    profile: citycloud\n    auth:\n      user_id: u\n      password: p\n      project_id: pid\n' },
    cloud: 'city',
    regionName: 'Kna1',
    deliberate: {
      why: 'bundled vendor profiles carry no API version Stratus cannot speak (citycloud: block storage v1)',
      reference: /"blockStorage":\{"api_version":"1"/,
      differs: ['services.blockStorage.api_version'],
    },
  },

  // ── TLS ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'verify: false', kind: 'tls', files: { [CLOUDS]: cloud('verify: false') }, cloud: 'c' },
  { id: 'verify: no (YAML 1.1 boolean)', kind: 'tls', files: { [CLOUDS]: cloud('verify: no') }, cloud: 'c' },
  { id: 'cacert under ~', kind: 'tls', files: { [CLOUDS]: cloud('cacert: ~/certs/ca.pem') }, cloud: 'c' },
  { id: 'cert and key', kind: 'tls', files: { [CLOUDS]: cloud('cacert: /etc/ssl/private-ca.pem\ncert: ~/client.pem\nkey: /keys/client.key') }, cloud: 'c' },
  { id: 'key without cert is not used', kind: 'tls', files: { [CLOUDS]: cloud('key: /keys/client.key') }, cloud: 'c' },
  { id: 'OS_CACERT, OS_CERT, OS_KEY', kind: 'tls', env: { ...OPENRC, OS_CACERT: '/ca/bundle.pem', OS_CERT: '/c/cert.pem', OS_KEY: '/c/key.pem' } },
  { id: 'OS_INSECURE=true wins over OS_CACERT', kind: 'tls', env: { ...OPENRC, OS_INSECURE: 'true', OS_CACERT: '/ca/bundle.pem' } },
  { id: 'OS_INSECURE=false', kind: 'tls', env: { ...OPENRC, OS_INSECURE: 'False' } },
  { id: 'insecure: true in clouds.yaml', kind: 'tls', files: { [CLOUDS]: cloud('insecure: true\ncacert: /ca.pem') }, cloud: 'c' },
  { id: 'verify given as a CA path', kind: 'tls', files: { [CLOUDS]: cloud('verify: /etc/ssl/ca.pem') }, cloud: 'c' },
  { id: 'verify: "False", a string: a CA path, as requests reads it', kind: 'tls', files: { [CLOUDS]: cloud('verify: "False"') }, cloud: 'c' },
  { id: 'verify: false with a cacert', kind: 'tls', files: { [CLOUDS]: cloud('verify: false\ncacert: /ca.pem') }, cloud: 'c' },
  {
    id: 'an empty verify:',
    kind: 'tls',
    files: { [CLOUDS]: cloud('verify:') },
    cloud: 'c',
    deliberate: { why: 'an empty `verify:` is refused (openstacksdk reads it as "do not verify")', reference: /"verify":null/, error: /cloud "c": verify is empty/ },
  },

  // ── Per-service settings ──────────────────────────────────────────────────────────────────────
  { id: '<service>_endpoint_override', kind: 'services', files: { [CLOUDS]: cloud('compute_endpoint_override: https://nova.example.com/v2.1\ndns_endpoint_override: http://designate:9001/v2') }, cloud: 'c' },
  { id: 'volume_endpoint_override: an alias of block-storage', kind: 'services', files: { [CLOUDS]: cloud('volume_endpoint_override: https://cinder.example.com/v3/pid\nvolumev2_endpoint_override: https://old.example.com') }, cloud: 'c' },
  { id: 'block_storage_api_version 3.59: a microversion', kind: 'services', files: { [CLOUDS]: cloud('block_storage_api_version: 3.59\ncompute_api_version: 2.79\nplacement_api_version: "1.39"') }, cloud: 'c' },
  {
    id: '<service>_interface and <service>_region_name',
    kind: 'services',
    files: { [CLOUDS]: cloud('region_name: R1\ninterface: public\ncompute_interface: internal\nimage_region_name: R2\nvolume_interface: admin') },
    cloud: 'c',
  },
  { id: 'OS_COMPUTE_API_VERSION, OS_INTERFACE, OS_IMAGE_ENDPOINT_OVERRIDE', kind: 'services', env: { ...OPENRC, OS_COMPUTE_API_VERSION: '2.53', OS_INTERFACE: 'internal', OS_IMAGE_ENDPOINT_OVERRIDE: 'https://glance.example.com' } },
  {
    id: 'container-infra and bare-metal aliases',
    kind: 'services',
    files: { [CLOUDS]: cloud('container_infra_endpoint_override: https://magnum.example.com/v1\nbare_metal_interface: internal\nbaremetal_api_version: 1.80') },
    cloud: 'c',
  },
  { id: 'sharev2 alias and a shared-file-system microversion', kind: 'services', files: { [CLOUDS]: cloud('sharev2_endpoint_override: https://manila.example.com/v2\nshared_file_system_api_version: 2.65') }, cloud: 'c' },
  { id: '{region_name} in an endpoint override', kind: 'services', files: { [CLOUDS]: cloud('regions: [r1]\nobject_store_endpoint_override: https://swift.{region_name}.example.com/v1/AUTH_pid') }, cloud: 'c' },
  { id: 'api_version latest is ignored', kind: 'services', files: { [CLOUDS]: cloud('compute_api_version: latest') }, cloud: 'c' },
  { id: '<service>_endpoint (without _override)', kind: 'services', files: { [CLOUDS]: cloud('network_endpoint: https://neutron.example.com\nidentity_endpoint_override: https://k.example.com') }, cloud: 'c' },
  {
    id: 'block_storage_api_version 2',
    kind: 'services',
    files: { [CLOUDS]: cloud('volume_api_version: 2') },
    cloud: 'c',
    deliberate: { why: 'an API version Stratus does not speak is refused', reference: /"blockStorage":\{"api_version":"2"/, error: /cloud "c": block_storage_api_version \(or an alias\) is 2, but @stratus\/openstack speaks block-storage v3 only/ },
  },
  {
    id: 'a minor API version for a service without microversions',
    kind: 'services',
    files: { [CLOUDS]: cloud('network_api_version: "2.1"') },
    cloud: 'c',
    deliberate: { why: 'a minor version for a service without microversions is refused', reference: /"network":\{"api_version":"2\.1"/, error: /cloud "c": network_api_version is 2\.1, but network has no microversions: set it to 2/ },
  },
  {
    id: 'an endpoint override naming an unknown setting',
    kind: 'services',
    files: { [CLOUDS]: cloud('compute_endpoint_override: https://nova.example.com/v2.1/{tenant_id}') },
    cloud: 'c',
  },

  // ── Auth types ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'v3applicationcredential by id (secure.yaml secret)',
    kind: 'auth-types',
    files: { [CLOUDS]: 'clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://k.example.com/identity\n      application_credential_id: ac-id\n    region_name: RegionOne\n', [HOME_SECURE]: 'clouds:\n  ac:\n    auth:\n      application_credential_secret: ac-secret\n' },
    cloud: 'ac',
  },
  {
    id: 'v3applicationcredential by name with its user',
    kind: 'auth-types',
    files: { [CLOUDS]: 'clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://k.example.com/v3\n      application_credential_name: ci\n      application_credential_secret: s\n      username: u\n      user_domain_name: Default\n' },
    cloud: 'ac',
  },
  {
    id: 'application credential without auth_type',
    kind: 'auth-types',
    files: { [CLOUDS]: 'clouds:\n  ac:\n    auth:\n      auth_url: https://k.example.com/v3\n      application_credential_id: ac-id\n      application_credential_secret: s\n' },
    cloud: 'ac',
    deliberate: { why: 'the auth type is inferred from the credentials when auth_type is absent', reference: /unexpected keyword argument 'application_credential_id'/,
      expected: {
        auth_type: 'v3applicationcredential',
        token_request: { url: 'https://k.example.com/v3/auth/tokens', body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac-id', secret: 's' } } } } },
      },
    },
  },
  {
    id: 'OS_APPLICATION_CREDENTIAL_* without OS_AUTH_TYPE',
    kind: 'auth-types',
    env: { OS_AUTH_URL: 'https://k.example.com/v3', OS_APPLICATION_CREDENTIAL_ID: 'ac-id', OS_APPLICATION_CREDENTIAL_SECRET: 's' },
    deliberate: { why: 'the auth type is inferred from the credentials when auth_type is absent', reference: /"password":null/,
      expected: {
        auth_type: 'v3applicationcredential',
        auth: { auth_url: 'https://k.example.com/v3', application_credential_id: 'ac-id', application_credential_secret: 's' },
        token_request: { url: 'https://k.example.com/v3/auth/tokens', body: { auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac-id', secret: 's' } } } } },
      },
    },
  },
  {
    id: 'a token without auth_type',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      token: t\n      project_id: pid') },
    cloud: 'c',
    deliberate: { why: 'the auth type is inferred from the credentials when auth_type is absent', reference: /unexpected keyword argument 'token'/,
      expected: { auth_type: 'token', token_request: { url: 'https://k.example.com/v3/auth/tokens', body: { auth: { identity: { methods: ['token'], token: { id: 't' } }, scope: { project: { id: 'pid' } } } } } },
    },
  },
  {
    id: 'OS_TOKEN and an endpoint override, no auth URL: direct mode',
    kind: 'auth-types',
    env: { OS_TOKEN: 'tkn', OS_IOT_ENDPOINT_OVERRIDE: 'http://iotronic:8812/v1' },
    deliberate: { why: 'a token with endpoints and no auth URL is Stratus direct mode', reference: /MissingRequiredOptions|unexpected keyword argument 'token'/,
      expected: { auth_type: 'admin_token', auth: { token: 'tkn' }, services: { iot: { endpoint_override: 'http://iotronic:8812/v1', interface: 'public' } }, token_request: null },
    },
  },
  {
    id: 'a passcode without auth_type',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      user_domain_name: Default\n      passcode: "654321"\n      project_id: pid') },
    cloud: 'c',
    deliberate: {
      why: 'the auth type is inferred from the credentials when auth_type is absent',
      reference: /unexpected keyword argument 'passcode'/,
      expected: {
        auth_type: 'v3totp',
        token_request: {
          url: 'https://k.example.com/v3/auth/tokens',
          body: { auth: { identity: { methods: ['totp'], totp: { user: { name: 'u', domain: { name: 'Default' }, passcode: '654321' } } }, scope: { project: { id: 'pid' } } } },
        },
      },
    },
  },
  {
    id: 'include_catalog: false',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('auth_type: v3password', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      project_id: pid\n      include_catalog: false') },
    cloud: 'c',
    deliberate: { why: 'a token without a catalog is refused (Stratus needs the catalog)', reference: /auth\/tokens\?nocatalog/, error: /cloud "c": auth\.include_catalog: false is not supported/ },
  },
  { id: 'v3token with a project', kind: 'auth-types', files: { [CLOUDS]: cloud('auth_type: v3token', 'auth_url: https://k.example.com/v3\n      token: t\n      project_name: p\n      project_domain_name: D') }, cloud: 'c' },
  { id: 'token_endpoint (admin_token): a token and one endpoint', kind: 'auth-types', files: { [CLOUDS]: 'clouds:\n  d:\n    auth_type: token_endpoint\n    auth:\n      token: tkn\n      endpoint: http://ironic:6385\n' }, cloud: 'd' },
  {
    id: 'no password',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      user_domain_name: Default\n      project_id: pid') },
    cloud: 'c',
    deliberate: { why: 'a password auth without a password is refused (openstacksdk sends "password": null)', reference: /"password":null/, error: /password auth type needs a password in cloud "c": set auth\.password/ },
  },
  {
    id: 'a project name without its domain',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      project_name: proj') },
    cloud: 'c',
    deliberate: { why: 'a project name without its domain is refused (Keystone would refuse the request)', reference: /"project":\{"name":"proj"\}/, error: /cloud "c": project "proj" needs its domain: set auth\.project_domain_name/ },
  },
  {
    id: 'a user name without its domain',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      username: u\n      password: p\n      project_id: pid') },
    cloud: 'c',
    deliberate: { why: 'a user name without its domain is refused (Keystone would refuse the request)', reference: /"user":\{"password":"p","name":"u"\}/, error: /cloud "c": user "u" needs its domain: set auth\.user_domain_name/ },
  },
  {
    id: 'an application credential with a project scope',
    kind: 'auth-types',
    files: { [CLOUDS]: 'clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://k.example.com/v3\n      application_credential_id: i\n      application_credential_secret: s\n      project_name: p\n      project_domain_name: Default\n' },
    cloud: 'ac',
    deliberate: { why: 'an application credential with a scope is refused (Keystone refuses it)', reference: /"application_credential".*"scope"/, error: /cloud "ac": auth\.project_name, auth\.project_domain_name.*application credential carries its own scope|cloud "ac": auth\.project_name: an application credential carries its own scope/ },
  },
  {
    id: 'v2password',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('auth_type: v2password', 'auth_url: https://k.example.com/v2.0\n      username: u\n      password: p\n      tenant_name: t') },
    cloud: 'c',
    deliberate: { why: 'auth types Stratus does not implement are refused', reference: /v2\.0\/tokens/, error: /cloud "c": auth_type "v2password" is not supported by Stratus/ },
  },
  { id: 'token (generic) with default_domain_name', kind: 'auth-types', files: { [CLOUDS]: cloud('auth_type: token', 'auth_url: https://k.example.com/v3\n      token: t\n      project_name: pn\n      default_domain_name: DD') }, cloud: 'c' },
  { id: 'an auth type that does not exist', kind: 'auth-types', files: { [CLOUDS]: cloud('auth_type: v3passwd') }, cloud: 'c' },
  { id: 'no auth URL', kind: 'auth-types', files: { [CLOUDS]: cloud('', 'username: u\n      password: p') }, cloud: 'c' },
  { id: 'auth_type password with a token in auth', kind: 'auth-types', files: { [CLOUDS]: cloud('auth_type: password', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      token: t') }, cloud: 'c' },
  {
    id: 'a trust',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('', 'auth_url: https://k.example.com/v3\n      user_id: u\n      password: p\n      trust_id: tr-1') },
    cloud: 'c',
    deliberate: { why: 'trust scope is not implemented', reference: /OS-TRUST:trust/, error: /cloud "c": auth\.trust_id: trust scope is not supported/ },
  },
  {
    id: 'a Keystone v2.0 auth URL',
    kind: 'auth-types',
    files: { [CLOUDS]: 'clouds:\n  cat:\n    profile: catalyst\n    auth:\n      username: u\n      password: p\n      project_name: p\n' },
    cloud: 'cat',
    deliberate: { why: 'Keystone v2.0 is not implemented', reference: /v2\.0\/tokens/, error: /cloud "cat": auth\.auth_url https:\/\/api\.cloud\.catalyst\.net\.nz:5000\/v2\.0 is a Keystone v2\.0 endpoint/ },
  },
  {
    id: 'identity_api_version 2',
    kind: 'auth-types',
    files: { [CLOUDS]: cloud('identity_api_version: 2', 'auth_url: https://k.example.com\n      user_id: u\n      password: p\n      project_id: pid') },
    cloud: 'c',
    deliberate: { why: 'Keystone v2.0 is not implemented', reference: /"identity":\{"api_version":"2"/, error: /cloud "c": identity_api_version \(or an alias\) is 2, but @stratus\/openstack speaks identity v3 only/ },
  },
];
