// Node 20, Node 24, Bun and Deno: every consumer against the fakes at FAKE_URL.
import { errorsConsumer } from './errors.js';
import { installedServicesConsumer } from './installed-services.js';
import { openStackConnectConsumer } from './openstack-connect.js';
import { openStackServiceConsumer } from './openstack-service.js';
import { openvCloudConsumer } from './openvcloud.js';
import { ovhConsumer } from './ovh.js';

const base = process.env.FAKE_URL;
if (!base) throw new Error('FAKE_URL is not set');
for (const consumer of [ovhConsumer, openStackConnectConsumer, openStackServiceConsumer, openvCloudConsumer, errorsConsumer, installedServicesConsumer]) {
  console.log(`  ok  ${await consumer(base)}`);
}
