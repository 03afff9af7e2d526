import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One JSON response received from a real service, as the body type check reads it back. */
export interface RecordedBody {
  method: string;
  url: string;
  status: number;
  /** Microversion headers the request carried (`OpenStack-API-Version`, `X-OpenStack-*-API-Version`). */
  microversion: Record<string, string>;
  body: unknown;
}

/** Where the real-services suite writes what it received: a folder per run, a JSON-lines file per test process. */
export const RECORDINGS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.real-bodies');

/** Set by the e2e project's globalSetup to this run's folder, so concurrent runs keep their bodies apart. */
export const RUN_DIR_VARIABLE = 'STRATUS_REAL_BODIES_DIR';

/** This run's folder (RECORDINGS_DIR itself outside a vitest run with the globalSetup). */
export function runRecordingsDir(): string {
  return process.env[RUN_DIR_VARIABLE] || RECORDINGS_DIR;
}

const MICROVERSION_HEADER = /^(openstack-api-version|x-openstack-[a-z-]+-api-version)$/i;

/**
 * A fetch for `createOpenStackClient({ fetch })` / `create<Service>Client({ fetch })` that records every JSON response body,
 * so a later test can check each against the generated type of its operation.
 */
export const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const microversion: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (MICROVERSION_HEADER.test(name)) microversion[name.toLowerCase()] = value;
  });
  const response = await fetch(request);
  if (/\bjson\b/i.test(response.headers.get('content-type') ?? '') && response.status !== 204) {
    const text = await response.clone().text();
    if (text !== '') {
      const record: RecordedBody = { method: request.method, url: request.url, status: response.status, microversion, body: JSON.parse(text) };
      const dir = runRecordingsDir();
      mkdirSync(dir, { recursive: true });
      appendFileSync(join(dir, `${process.pid}.jsonl`), JSON.stringify(record) + '\n');
    }
  }
  return response;
};
