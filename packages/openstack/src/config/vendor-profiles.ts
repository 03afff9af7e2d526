import type { Dict } from './python-values.js';

/**
 * Public clouds a `profile:` can name without a `clouds-public.yaml`: the vendor facts openstacksdk
 * 0.101 ships for them (auth URL, regions, identity domain defaults, interface, API versions), written
 * as the settings they stand for. Settings that describe openstacksdk's own helpers (image formats,
 * floating-IP sources, vendor agents) are left out, and so are API versions Stratus cannot speak
 * (Cinder v1/v2, Glance v1): a cloud's own `<service>_api_version` still applies, and is checked.
 */
export const VENDOR_PROFILES: Readonly<Record<string, Dict>> = {
  auro: {
    auth: { auth_url: 'https://api.van2.auro.io:5000/v3', user_domain_name: 'Default', project_domain_name: 'Default' },
    identity_api_version: '3',
    region_name: 'RegionOne',
  },
  betacloud: {
    auth: { auth_url: 'https://api-1.betacloud.de:5000' },
    regions: ['betacloud-1'],
    identity_api_version: '3',
    block_storage_api_version: '3',
  },
  bluebox: { region_name: 'RegionOne' },
  // Keystone v2.0 only: the auth URL is refused with an explanation.
  catalyst: {
    auth: { auth_url: 'https://api.cloud.catalyst.net.nz:5000/v2.0' },
    regions: ['nz-por-1', 'nz_wlg_2'],
  },
  citycloud: {
    auth: { auth_url: 'https://{region_name}.citycloud.com:5000/v3/' },
    regions: ['Buf1', 'Fra1', 'Lon1', 'Sto2', 'Kna1', 'dx1', 'tky1'],
    identity_api_version: '3',
  },
  // Identity v2 only: refused with an explanation.
  conoha: {
    auth: { auth_url: 'https://identity.{region_name}.conoha.io' },
    regions: ['sin1', 'sjc1', 'tyo1'],
    identity_api_version: '2',
  },
  dreamcompute: {
    auth: { auth_url: 'https://iad2.dream.io:5000' },
    identity_api_version: '3',
    region_name: 'RegionOne',
  },
  elastx: {
    auth: { auth_url: 'https://ops.elastx.cloud:5000/v3' },
    identity_api_version: '3',
    region_name: 'se-sto',
  },
  entercloudsuite: {
    auth: { auth_url: 'https://api.entercloudsuite.com/' },
    identity_api_version: '3',
    regions: ['it-mil1', 'nl-ams1', 'de-fra1'],
  },
  fuga: {
    auth: { auth_url: 'https://identity.api.fuga.io:5000', user_domain_name: 'Default', project_domain_name: 'Default' },
    regions: ['cystack'],
    identity_api_version: '3',
    block_storage_api_version: '3',
  },
  ibmcloud: {
    auth: { auth_url: 'https://identity.open.softlayer.com' },
    identity_api_version: '3',
    regions: ['london'],
  },
  internap: {
    auth: { auth_url: 'https://identity.api.cloud.iweb.com' },
    regions: ['ams01', 'da01', 'nyj01', 'sin01', 'sjc01'],
    identity_api_version: '3',
  },
  limestonenetworks: {
    auth: { auth_url: 'https://auth.cloud.lstn.net:5000/v3' },
    regions: ['us-dfw-1', 'us-slc'],
    identity_api_version: '3',
    volume_api_version: '3',
  },
  otc: {
    auth: { auth_url: 'https://iam.{region_name}.otc.t-systems.com/v3' },
    regions: ['eu-de', 'eu-nl'],
    identity_api_version: '3',
    interface: 'public',
  },
  // OVHcloud Public Cloud.
  ovh: {
    auth: { auth_url: 'https://auth.cloud.ovh.net/', user_domain_name: 'Default', project_domain_name: 'Default' },
    regions: ['BHS', 'BHS1', 'BHS3', 'BHS5', 'DE', 'DE1', 'GRA', 'GRA1', 'GRA5', 'GRA7', 'SBG', 'SBG1', 'SBG5', 'UK', 'UK1', 'WAW', 'WAW1', 'SYD1', 'SGP1'],
    identity_api_version: '3',
  },
  'ovh-us': {
    auth: { auth_url: 'https://auth.cloud.ovh.us/', user_domain_name: 'Default', project_domain_name: 'Default' },
    regions: ['US-EAST-VA-1'],
    identity_api_version: '3',
  },
  // Keystone v2.0 only: the auth URL is refused with an explanation.
  rackspace: {
    auth: { auth_url: 'https://identity.api.rackspacecloud.com/v2.0/' },
    regions: ['DFW', 'HKG', 'IAD', 'ORD', 'SYD', 'LON'],
  },
  switchengines: {
    auth: { auth_url: 'https://keystone.cloud.switch.ch:5000/v3' },
    regions: ['LS', 'ZH'],
    identity_api_version: '3',
  },
  ultimum: {
    auth: { auth_url: 'https://console.ultimum-cloud.com:5000/' },
    identity_api_version: '3',
    'region-name': 'RegionOne',
  },
  unitedstack: {
    auth: { auth_url: 'https://identity.api.ustack.com/v3' },
    regions: ['bj1', 'gd1'],
    identity_api_version: '3',
  },
  zetta: {
    auth: { auth_url: 'https://identity.api.zetta.io/v3' },
    regions: ['no-osl1'],
    identity_api_version: '3',
    dns_api_version: '2',
  },
};

/**
 * Profiles openstacksdk downloads from the vendor (`<url>/.well-known/openstack/api`): Stratus reads
 * no remote configuration, so naming one is an error that says what to copy instead.
 */
export const REMOTE_VENDOR_PROFILES: Readonly<Record<string, string>> = {
  vexxhost: 'https://vexxhost.com',
};
