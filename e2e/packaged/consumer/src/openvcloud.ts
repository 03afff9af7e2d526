import { createOpenvCloudClient } from '@stratus/openvcloud';
import { expectEqual } from './check.js';

/** The legacy login (session key) and one typed cloudapi call. */
export async function openvCloudConsumer(base: string): Promise<string> {
  const g8 = createOpenvCloudClient({ url: `${base}/g8`, login: 'alice', password: 'alice-password' });
  const images = await g8.api.cloudapi.images.list();
  expectEqual(images.map((image) => image.name), ['Ubuntu 24.04'], 'cloudapi.images.list()');
  return `openvcloud login → cloudapi.images.list() → ${images.length} image`;
}
