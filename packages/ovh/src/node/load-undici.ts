import { importOptionalPeer } from '@stratus/core/internal';

// undici is an optional peer dependency: only this entry needs it, so other users do not install it.
export const undici = await importOptionalPeer(() => import('undici'), { packageName: 'undici', version: '7.30.0', neededBy: '@stratus/ovh/node' });
