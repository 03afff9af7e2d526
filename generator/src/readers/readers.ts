import { openApiReader } from './openapi/openapi-reader.js';
import { openvcloudReader } from './openvcloud/openvcloud-reader.js';
import { ovhReader } from './ovh/ovh-reader.js';
import type { Reader, ReaderName } from './reader.js';

/** Reader registry: add the OVH and OpenvCloud dialects here; the emitters never change. */
export const readers: Record<ReaderName, Reader> = {
  openapi: openApiReader,
  ovh: ovhReader,
  openvcloud: openvcloudReader,
};
