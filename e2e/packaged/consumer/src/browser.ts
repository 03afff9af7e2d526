// Headless Chromium: the portable consumers, bundled, against the fakes of this page's origin.
import { errorsConsumer } from './errors.js';
import { openStackConnectConsumer } from './openstack-connect.js';
import { openStackServiceConsumer } from './openstack-service.js';
import { openvCloudConsumer } from './openvcloud.js';
import { ovhConsumer } from './ovh.js';

declare global {
  // Read by the harness through playwright-core.
  var stratusResult: { lines: string[]; error?: string } | undefined;
}

const lines: string[] = [];
try {
  for (const consumer of [ovhConsumer, openStackConnectConsumer, openStackServiceConsumer, openvCloudConsumer, errorsConsumer]) {
    lines.push(await consumer(location.origin));
  }
  globalThis.stratusResult = { lines };
} catch (error) {
  globalThis.stratusResult = { lines, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
}
