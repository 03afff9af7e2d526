import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import type { HttpFetch } from '@stratus/core';
import { createNodeFetch } from '../src/node/create-node-fetch.js';
import { requestConsumerKey } from '../src/consumer-keys/request-consumer-key.js';
import { createConsumerKeyRequest } from '../src/consumer-keys/create-consumer-key-request.js';
import { MOCK_CREDENTIALS, startOvhEmulator, type EmulatedRequest, type OvhEmulator } from './support/ovh-emulator.js';
import { integer, pick, randomJson, randomNumber, randomText, seededRandom } from './support/random-inputs.js';
import { forPython, PYTHON_NUMBERS, runPython } from './support/run-python.js';

// Whole requests, as they arrive at a loopback OVH emulator that checks signatures, compared with
// the request python-ovh makes for the same call, computed by Python: its raw_call signs
// "+".join([AS, CK, METHOD, target, body, timestamp]) where target = endpoint + path + "?" +
// urlencode(params) and body = json.dumps(data, separators=(",", ":")). Both fetches are checked:
// the global one (which re-serialises URLs) and createNodeFetch (which sends them as given).
const PYTHON_OVH_REQUEST = `
import hashlib, json, sys
from urllib.parse import urlencode
${PYTHON_NUMBERS}out = []
for call in json.load(sys.stdin):
    target = call["endpoint"] + call["path"]
    body = ""
    params = py(call["params"])
    if call["method"] in ("GET", "DELETE"):
        query = urlencode({k: (str(v).lower() if isinstance(v, bool) else v) for k, v in params.items()})
        if query:
            target += ("&" if "?" in target else "?") + query
    elif params:
        body = json.dumps(params, separators=(",", ":"))
    pre_image = "+".join([call["as"], call["ck"], call["method"], target, body, call["timestamp"]])
    out.append({"url": target, "body": body, "signature": "$1$" + hashlib.sha1(pre_image.encode("utf-8")).hexdigest()})
print(json.dumps(out))
`;

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  params: Record<string, unknown>;
}

function generatedCalls(seed: number, count: number): Call[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (): Call => {
    const method = pick(random, ['GET', 'POST', 'PUT', 'DELETE'] as const);
    const params: Record<string, unknown> = {};
    for (let n = integer(random, 0, 4); n > 0; n--) {
      const name = pick(random, ['q', 'from', 'date.from', 'note', "it's", 'a b', 'é']) + (random() < 0.3 ? randomText(random, 1) : '');
      if (name === '' || /[\ud800-\udfff]/.test(name)) continue;
      params[name] = method === 'GET' || method === 'DELETE' ? pick(random, [randomText(random), randomNumber(random), random() < 0.5]) : randomJson(random, 2, false);
    }
    return { method, path: pick(random, ['/echo', '/echo/sub', '/echo?fixed=1']), params };
  });
}

let emulator: OvhEmulator;
const nodeFetch = createNodeFetch();

beforeAll(async () => {
  emulator = await startOvhEmulator({ ...MOCK_CREDENTIALS });
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
    emulator.route(method, '/1.0/echo', () => ({ body: { ok: true } }));
    emulator.route(method, '/1.0/echo/sub', () => ({ body: { ok: true } }));
  }
  emulator.route('POST', '/1.0/auth/credential', () => ({ body: { state: 'pendingValidation', consumerKey: 'ck', validationUrl: 'https://example.com/v' } }), { auth: false });
});
afterAll(async () => {
  await nodeFetch.close();
  await emulator.close();
});

async function sendAndCompare(fetchName: string, fetch: HttpFetch | undefined, calls: readonly Call[]): Promise<void> {
  const client = createOvhClient({ endpoint: emulator.baseUrl, ...MOCK_CREDENTIALS, fetch, maxRetries: 0 });
  const received: EmulatedRequest[] = [];
  for (const call of calls) {
    const before = emulator.requests.length;
    await client.request(call.method, call.path, call.params);
    received.push(emulator.requests.at(-1)!);
    expect(emulator.requests.length - before, `${fetchName}: one request per call`).toBeGreaterThanOrEqual(1);
  }
  const python = runPython<{ url: string; body: string; signature: string }[]>(
    PYTHON_OVH_REQUEST,
    calls.map((call, index) => ({
      ...call,
      params: forPython(call.params),
      endpoint: emulator.baseUrl,
      as: MOCK_CREDENTIALS.applicationSecret,
      ck: MOCK_CREDENTIALS.consumerKey,
      timestamp: received[index]!.headers['x-ovh-timestamp'],
    })),
  );
  const seen = received.map((request) => ({
    url: request.url,
    body: request.body,
    signature: request.headers['x-ovh-signature'],
    verdict: request.verdict,
    contentType: request.headers['content-type'],
    consumer: request.headers['x-ovh-consumer'],
    application: request.headers['x-ovh-application'],
  }));
  expect(seen, fetchName).toEqual(
    python.map((expected) => ({
      ...expected,
      verdict: 'ok',
      contentType: expected.body === '' ? undefined : 'application/json',
      consumer: MOCK_CREDENTIALS.consumerKey,
      application: MOCK_CREDENTIALS.applicationKey,
    })),
  );
}

describe("signed requests are python-ovh's, byte for byte", () => {
  const calls = generatedCalls(2024, 150);

  it('with the global fetch: URL, body, X-Ovh-* headers and signature', async () => {
    await sendAndCompare('global fetch', undefined, calls);
  });

  it('with createNodeFetch: URL, body, X-Ovh-* headers and signature', async () => {
    await sendAndCompare('createNodeFetch', nodeFetch, calls);
  });

  it("signs a ' in a query value as it is sent (%27), which the server accepts, with both fetches", async () => {
    const call: Call = { method: 'GET', path: '/echo', params: { q: "it's" } };
    await sendAndCompare('global fetch', undefined, [call]);
    await sendAndCompare('createNodeFetch', nodeFetch, [call]);
    expect(emulator.requests.at(-1)?.url).toBe(`${emulator.baseUrl}/echo?q=it%27s`);
  });

  it('signs a query written into the path in the form fetch sends it, with both fetches', async () => {
    for (const fetch of [undefined, nodeFetch]) {
      const client = createOvhClient({ endpoint: emulator.baseUrl, ...MOCK_CREDENTIALS, fetch, maxRetries: 0 });
      await client.get("/echo?q=it's é");
      expect(emulator.requests.at(-1)).toMatchObject({ url: `${emulator.baseUrl}/echo?q=it%27s%20%C3%A9`, verdict: 'ok' });
    }
  });
});

describe("consumer-key requests are python-ovh's, byte for byte", () => {
  it('sends the body of request_consumerkey, with null for absent redirection and allowedIPs', async () => {
    const client = createOvhClient({ endpoint: emulator.baseUrl, applicationKey: MOCK_CREDENTIALS.applicationKey, applicationSecret: MOCK_CREDENTIALS.applicationSecret });
    const rules = createConsumerKeyRequest().addRule('get', '/me').addRecursiveRules(['GET', 'post'], '/sms/*');
    const cases = [{}, { redirection: 'https://example.com/é?x=1' }, { allowedIPs: ['127.0.0.1/32'] }, { redirection: 'https://example.com', allowedIPs: ['203.0.113.0/24', '2001:db8::/32'] }];
    const bodies: string[] = [];
    for (const extra of cases) {
      await requestConsumerKey(client, { accessRules: rules, ...extra });
      bodies.push(emulator.requests.at(-1)!.body);
      expect(emulator.requests.at(-1)?.headers['x-ovh-signature']).toBeUndefined();
    }
    // python-ovh: ConsumerKeyRequest.add_rule(method.upper(), path), then
    // client.post("/auth/credential", accessRules=…, redirection=…, allowedIPs=…).
    const python = runPython<string[]>(
      `
import json, sys
calls = json.load(sys.stdin)
rules = []
def add_rule(method, path):
    rules.append({"method": method.upper(), "path": path})
add_rule("get", "/me")
for path in ("/sms", "/sms/*"):
    for method in ("GET", "post"):
        add_rule(method, path)
print(json.dumps([json.dumps({"accessRules": rules, "redirection": call.get("redirection"), "allowedIPs": call.get("allowedIPs")}, separators=(",", ":")) for call in calls]))`,
      cases,
    );
    expect(bodies).toEqual(python);
  });
});
