// Every other entry point of the installed packages, for the type-check only (their declarations must
// compile with skipLibCheck: false too). The `/node` entries are left out: they need undici, which a
// program installs only to use them.
export type {} from '@stratus/core';
export type {} from '@stratus/openstack/config';
export type {} from '@stratus/openstack-compute/msw';
export type {} from '@stratus/openstack-network/msw';
export type {} from '@stratus/ovh/config';
export type {} from '@stratus/ovh/fetch-client';
export type {} from '@stratus/ovh/msw';
export type {} from '@stratus/openvcloud/config';
export type {} from '@stratus/openvcloud/msw';
export type {} from '@stratus/openvcloud/cloudapi';
// Two OVH API modules name their exports after their API (MePaths, MeUsPaths…), so they re-export together.
export * from '@stratus/ovh/me';
export * from '@stratus/ovh/us/me';
