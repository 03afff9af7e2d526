// Runs after every other e2e test file (vitest.config.ts: project `real-bodies`, groupOrder 1), on
// the bodies the real-services suite recorded through recordingFetch in this run.
import { expect, it } from 'vitest';
import { readRecordings, recordingsToCheck } from './body-check/read-recordings.js';
import { loadServicePackages } from './body-check/service-packages.js';
import { typeCheckBodies } from './body-check/type-check-bodies.js';
import { loadRealOpenStack, realOpenStackRequired } from './support/real-openstack.js';

it('every JSON body the real services sent satisfies the generated response type of its operation', { timeout: 120_000 }, async (context) => {
  const dir = recordingsToCheck();
  const records = readRecordings(dir);
  const openstack = loadRealOpenStack();
  const missing =
    records.length === 0
      ? `no recorded bodies in ${dir ?? 'e2e/.real-bodies'}: the real-services suite (test/real/*.real.test.ts) did not run or received nothing`
      : openstack === undefined
        ? 'the real services are not running: their env.json maps recorded URLs to services'
        : undefined;
  if (missing !== undefined || openstack === undefined) {
    if (realOpenStackRequired()) throw new Error(missing);
    console.warn(`Skipping the real body type check: ${missing}`);
    context.skip();
    return;
  }

  const report = typeCheckBodies(records, await loadServicePackages(openstack));
  console.info(`real response bodies satisfying their types: ${report.matched}/${report.total}`);
  if (report.failures.length > 0) {
    throw new Error(
      `${report.total - report.matched} of ${report.total} recorded bodies do not satisfy their types ` +
        `(fix the spec with an overlay in specs/overlays/, or the generator; an undeclared error status needs the service's error body, e.g. a \`default\` response):\n- ${report.failures.join('\n- ')}`,
    );
  }
  expect(report.matched).toBe(report.total);
});
