// Signed GET round trips per second against a loopback OVH API, for clients doing the same thing
// (sign AK/AS/CK, GET /1.0/me, parse the JSON):
//   - Stratus: createOvhClient + the `me` descriptor, client.get('/me') (global fetch); once more with
//     timeoutMs 0, to show what the per-attempt timer and abort signal cost with undici's fetch
//   - Stratus + node fetch: the same with `fetch: createNodeFetch()` from the Node-only @stratus/ovh/node
//   - @ovhcloud/node-ovh 3.0.0: requestPromised('GET', '/me') with host/port/basePath on the loopback
//   - raw fetch with hand-written signing (node:crypto sha1): the floor any fetch-based client pays
//   - bare undici dispatch with hand-written signing: the floor of any Node client (undici's lowest
//     API, a keep-alive pool, no client around it), answers handed over after the turn's I/O
//   - bare https.request with hand-written signing and a keep-alive agent, node-ovh's transport without
//     node-ovh, once plain and once handing each answer over through setImmediate. node-ovh's Bluebird
//     promises settle that way: every answer that arrived in one event-loop turn is delivered together,
//     so the next requests leave in one burst and both processes wake up less. That, not its code, is
//     why node-ovh outruns a plain https.request loop here; the two rows show it.
//
// node-ovh can only speak HTTPS (it calls https.request and signs "https://" + host + path), so the
// fair setup is HTTPS for everyone: a loopback HTTPS server with a self-signed certificate made at run
// time (openssl), trusted by the client process through NODE_EXTRA_CA_CERTS. That is how Node's
// https module, fetch and undici all accept it without disabling verification for anyone. Stratus
// and raw fetch are also measured over plain HTTP (node-ovh cannot be), to see them without TLS.
//
// The server and every client run in processes of their own, so the clients' numbers are not mixed
// with the server's work, and no client's garbage is collected on another's time. Besides req/s, each
// run reports the client process's CPU time per request, and the server's. Client and server share
// the machine's cores, so req/s can never exceed cores × 1 s / (client + server CPU per request): the
// "CPU bound" column. It shows how far any client can get on this machine, whatever its code.
//
// This machine's speed drifts by up to 1.5× within minutes, so contenders are not timed one after
// the other: each round cuts every contender's measured time into short slices, run one client at a
// time and interleaved (A B C … then … C B A), so that all of them see the same machine on average.
// Timed in turn for 5 s each, the same comparison swung by ±20% between runs.
//
// Env: BENCH_BEFORE (path of another built checkout whose Stratus runs as one more contender, for a
// before/after comparison in one run), BENCH_CONCURRENCY (in-flight requests, a comma-separated list: "1,16"), BENCH_WARMUP_S (2, per
// contender), BENCH_DURATION_S (5, per contender and round), BENCH_ROUNDS (2), BENCH_SLICE_MS (250).
// Needs `pnpm build` (Stratus is imported from @stratus/ovh's dist, as users do).
import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { Agent as HttpsAgent, createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const CREDENTIALS = { applicationKey: 'TDPKJdwZwAQPwKX2', applicationSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk', consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY' };
const ME = { nichandle: 'la12345-ovh', firstname: 'Ada', name: 'Lovelace', email: 'ada@example.com', country: 'GB', ovhSubsidiary: 'GB', state: 'complete' };
const settings = {
  concurrencies: String(process.env.BENCH_CONCURRENCY ?? '1,16').split(',').map(Number),
  warmupMs: Number(process.env.BENCH_WARMUP_S ?? 2) * 1000,
  durationMs: Number(process.env.BENCH_DURATION_S ?? 5) * 1000,
  rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  sliceMs: Number(process.env.BENCH_SLICE_MS ?? 250),
};
const role = process.argv[2] ?? 'main';

if (role === 'server') await runServer(process.argv[3]);
else if (role === 'contender') await runContender(JSON.parse(process.argv[3]));
else await runMain();

// ---------------------------------------------------------------------------------------------
// Server process: /1.0/auth/time and /1.0/me on HTTPS (and HTTP), counting signed requests.

async function runServer(certDir) {
  const body = JSON.stringify(ME);
  const stats = { me: 0, signedMe: 0, cpuStart: process.cpuUsage() };
  const handler = (req, res) => {
    if (req.url === '/1.0/me') {
      stats.me += 1;
      if (req.headers['x-ovh-signature']?.startsWith('$1$') && req.headers['x-ovh-consumer'] && req.headers['x-ovh-timestamp']) stats.signedMe += 1;
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Ovh-QueryID': `EU.ext-bench.${stats.me}` }).end(body);
    } else if (req.url === '/1.0/auth/time') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(String(Math.floor(Date.now() / 1000)));
    } else if (req.url === '/__stats') {
      const cpu = process.cpuUsage(stats.cpuStart);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ me: stats.me, signedMe: stats.signedMe, cpuMs: (cpu.user + cpu.system) / 1000 }));
      Object.assign(stats, { me: 0, signedMe: 0, cpuStart: process.cpuUsage() });
    } else {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not found"}');
    }
  };
  const servers = [createHttpServer(handler)];
  if (certDir) servers.push(createHttpsServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, handler));
  for (const server of servers) {
    server.keepAliveTimeout = 60_000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  const [http, https] = servers.map((server) => server.address().port);
  process.send({ ports: { http, ...(https !== undefined ? { https } : {}) } });
}

// ---------------------------------------------------------------------------------------------
// Contender processes: one per client, each with its own heap, so that one client's garbage is never
// collected on another's time. The orchestrator runs them one at a time, slice by slice.

async function buildContenders(ports) {
  const require = createRequire(import.meta.url);
  const { createOvhClient } = await import('@stratus/ovh');
  const { me } = await import('@stratus/ovh/me');
  const { createNodeFetch } = await import('@stratus/ovh/node');
  const createNodeOvh = require('@ovhcloud/node-ovh');
  const { Agent } = await import('undici');
  // BENCH_BEFORE=<another built checkout>: its Stratus as one more contender, interleaved with this one.
  const before = process.env.BENCH_BEFORE
    ? { createOvhClient: (await import(`${process.env.BENCH_BEFORE}/packages/ovh/dist/index.js`)).createOvhClient, me: (await import(`${process.env.BENCH_BEFORE}/packages/ovh/dist/generated/apis/me.js`)).me }
    : undefined;

  const contenders = [];
  for (const scheme of ['https', 'http']) {
    const port = ports[scheme];
    if (port === undefined) continue;
    const base = `${scheme}://127.0.0.1:${port}/1.0`;

    const stratus = createOvhClient({ ...CREDENTIALS, endpoint: base, apis: [me] });
    contenders.push({ scheme, name: 'Stratus', call: () => stratus.get('/me') });
    if (before) {
      const stratusBefore = before.createOvhClient({ ...CREDENTIALS, endpoint: base, apis: [before.me] });
      contenders.push({ scheme, name: 'Stratus (BENCH_BEFORE)', call: () => stratusBefore.get('/me') });
    }
    if (scheme === 'https') {
      // The global fetch without per-attempt timeouts: what the timeout's abort signal costs in undici's fetch.
      const stratusNoTimeout = createOvhClient({ ...CREDENTIALS, endpoint: base, apis: [me], timeoutMs: 0 });
      contenders.push({ scheme, name: 'Stratus, timeoutMs 0', call: () => stratusNoTimeout.get('/me') });
    }
    const stratusNode = createOvhClient({ ...CREDENTIALS, endpoint: base, apis: [me], fetch: createNodeFetch() });
    contenders.push({ scheme, name: 'Stratus + node fetch', call: () => stratusNode.get('/me') });

    if (scheme === 'https') {
      const nodeOvh = createNodeOvh({ appKey: CREDENTIALS.applicationKey, appSecret: CREDENTIALS.applicationSecret, consumerKey: CREDENTIALS.consumerKey, host: '127.0.0.1', port, basePath: '/1.0' });
      contenders.push({ scheme, name: 'node-ovh', call: () => nodeOvh.requestPromised('GET', '/me') });
    }

    const sign = (url, timestamp) => '$1$' + createHash('sha1').update(`${CREDENTIALS.applicationSecret}+${CREDENTIALS.consumerKey}+GET+${url}++${timestamp}`).digest('hex');
    const signedHeaders = (path) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return { accept: 'application/json', 'x-ovh-application': CREDENTIALS.applicationKey, 'x-ovh-consumer': CREDENTIALS.consumerKey, 'x-ovh-timestamp': timestamp, 'x-ovh-signature': sign(`${base}${path}`, timestamp) };
    };
    if (scheme === 'https') {
      const undiciAgent = new Agent({ connections: 64 });
      const origin = `https://127.0.0.1:${port}`;
      const undiciGet = (path) =>
        new Promise((resolve, reject) => {
          const chunks = [];
          undiciAgent.dispatch(
            { origin, path: `/1.0${path}`, method: 'GET', headers: signedHeaders(path) },
            {
              onRequestStart: () => {},
              onResponseStart: (_controller, status) => (status === 200 ? undefined : reject(new Error(`bare undici: ${status}`))),
              onResponseData: (_controller, chunk) => chunks.push(chunk),
              onResponseEnd: () => setImmediate(resolve, JSON.parse(Buffer.concat(chunks).toString('utf8'))),
              onResponseError: (_controller, error) => reject(error),
            },
          );
        });
      contenders.push({ scheme, name: 'bare undici dispatch', call: () => undiciGet('/me') });

      const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });
      const bareGet = (path, settle) =>
        new Promise((resolve, reject) => {
          const outgoing = httpsRequest({ host: '127.0.0.1', port, path: `/1.0${path}`, method: 'GET', headers: signedHeaders(path), agent: httpsAgent }, (incoming) => {
            let text = '';
            incoming.setEncoding('utf8');
            incoming.on('data', (chunk) => (text += chunk));
            incoming.on('end', () => (incoming.statusCode === 200 ? settle(resolve, JSON.parse(text)) : reject(new Error(`bare https.request: ${incoming.statusCode}`))));
          });
          outgoing.on('error', reject);
          outgoing.end();
        });
      contenders.push({ scheme, name: 'bare https.request', call: () => bareGet('/me', (resolve, value) => resolve(value)) });
      contenders.push({ scheme, name: 'bare https.request + hand-over', call: () => bareGet('/me', (resolve, value) => setImmediate(resolve, value)) });
    }

    let delta;
    const rawGet = async (path) => {
      delta ??= (await (await fetch(`${base}/auth/time`)).json()) - Math.floor(Date.now() / 1000);
      const url = base + path;
      const timestamp = String(Math.floor(Date.now() / 1000) + delta);
      const signature = sign(url, timestamp);
      const response = await fetch(url, {
        headers: {
          Accept: 'application/json',
          'X-Ovh-Application': CREDENTIALS.applicationKey,
          'X-Ovh-Consumer': CREDENTIALS.consumerKey,
          'X-Ovh-Timestamp': timestamp,
          'X-Ovh-Signature': signature,
        },
      });
      if (!response.ok) throw new Error(`raw fetch: ${response.status}`);
      return response.json();
    };
    contenders.push({ scheme, name: 'raw fetch', call: () => rawGet('/me') });
  }
  return contenders;
}

async function runContender({ ports, index }) {
  const contender = (await buildContenders(ports))[index];
  // Every contender must get the right answer before it is timed.
  const result = await contender.call();
  if (JSON.stringify(result) !== JSON.stringify(ME)) throw new Error(`${contender.name} (${contender.scheme}) returned ${JSON.stringify(result)}`);
  const latencies = new Map();
  process.on('message', async (command) => {
    if (command.type === 'warm-up') {
      await runFor(contender.call, command.concurrency, command.ms);
      process.send({});
    } else if (command.type === 'slice') {
      const samples = latencies.get(command.key) ?? [];
      latencies.set(command.key, samples);
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const count = await runFor(contender.call, command.concurrency, command.ms, samples);
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuStart);
      process.send({ count, ms, cpuUs: cpu.user + cpu.system });
    } else if (command.type === 'latencies') {
      const samples = (latencies.get(command.key) ?? []).sort((a, b) => a - b);
      process.send({ p50Ms: samples[Math.floor(samples.length * 0.5)], p99Ms: samples[Math.floor(samples.length * 0.99)] });
    } else {
      process.exit(0);
    }
  });
  process.send({ ready: true });
}

async function serverStats(httpPort) {
  return (await fetch(`http://127.0.0.1:${httpPort}/__stats`)).json();
}

/** Runs every contender process in turn for each concurrency: warm-ups, then interleaved slices. */
async function measureAll(ports, processes) {
  const ask = (child, command) =>
    new Promise((resolve) => {
      child.process.once('message', resolve);
      child.process.send(command);
    });
  const results = new Map();
  for (const concurrency of settings.concurrencies) {
    for (const child of processes) await ask(child, { type: 'warm-up', concurrency, ms: settings.warmupMs });
    await serverStats(ports.http);
    for (let round = 0; round < settings.rounds; round++) {
      const key = `${concurrency} ${round}`;
      const totals = new Map(processes.map((child) => [child, { count: 0, ms: 0, cpuUs: 0, serverCpuMs: 0, served: 0 }]));
      const slices = Math.max(1, Math.round(settings.durationMs / settings.sliceMs));
      for (let slice = 0; slice < slices; slice++) {
        // Alternate the order between slices so that no client always follows the same one.
        const order = slice % 2 === 0 ? processes : [...processes].reverse();
        for (const child of order) {
          const total = totals.get(child);
          const run = await ask(child, { type: 'slice', concurrency, ms: settings.sliceMs, key });
          total.count += run.count;
          total.ms += run.ms;
          total.cpuUs += run.cpuUs;
          // The server's counters reset on every read, so this read covers exactly this slice.
          const server = await serverStats(ports.http);
          if (server.signedMe !== server.me) throw new Error(`${child.name}: ${server.me - server.signedMe} unsigned requests`);
          total.serverCpuMs += server.cpuMs;
          total.served += server.me;
        }
      }
      for (const [child, total] of totals) {
        const { p50Ms, p99Ms } = await ask(child, { type: 'latencies', key });
        const resultKey = `${concurrency} ${child.scheme} ${child.name}`;
        const result = {
          rps: total.count / (total.ms / 1000),
          clientCpuPerRequestUs: total.cpuUs / total.count,
          p50Ms,
          p99Ms,
          serverCpuPerRequestUs: (total.serverCpuMs * 1000) / total.served,
        };
        results.set(resultKey, [...(results.get(resultKey) ?? []), result]);
      }
    }
  }
  return results;
}

async function runFor(call, concurrency, ms, latencies) {
  const end = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        await call();
        latencies?.push(performance.now() - started);
        count += 1;
      }
    }),
  );
  return count;
}

// ---------------------------------------------------------------------------------------------
// Orchestrator: certificate, server process, client process, table.

async function runMain() {
  const certDir = mkdtempSync(join(tmpdir(), 'stratus-bench-tls-'));
  let tls = true;
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'),
    ], { stdio: 'ignore' });
  } catch {
    tls = false;
    console.log('openssl not found: no HTTPS server, so node-ovh (HTTPS only) is left out; Stratus and raw fetch run over HTTP.\n');
  }

  const script = new URL(import.meta.url).pathname;
  const server = fork(script, ['server', tls ? certDir : ''], { stdio: 'inherit' });
  const { ports } = await new Promise((resolve) => server.once('message', resolve));
  const processes = [];
  try {
    const contenders = await buildContenders(ports);
    for (const [index, { scheme, name }] of contenders.entries()) {
      const child = fork(script, ['contender', JSON.stringify({ ports, index })], {
        stdio: 'inherit',
        env: { ...process.env, ...(tls ? { NODE_EXTRA_CA_CERTS: join(certDir, 'cert.pem') } : {}) },
      });
      // A contender that dies (a wrong answer, an unsigned request) fails the whole bench.
      child.on('exit', (code) => code && (console.error(`${name} (${scheme}) exited with ${code}`), process.exit(1)));
      await new Promise((resolve) => child.once('message', resolve));
      processes.push({ scheme, name, process: child });
    }
    printResults(await measureAll(ports, processes));
  } finally {
    for (const child of processes) child.process.kill();
    server.kill();
    rmSync(certDir, { recursive: true, force: true });
  }
}

function printResults(results) {
  const cores = availableParallelism();
  const mean = (runs, key) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
  console.log(
    `Signed GET /1.0/me on a loopback server (separate process), ${settings.warmupMs / 1000} s warm-up excluded, ` +
      `${settings.durationMs / 1000} s measured per round in ${settings.sliceMs} ms slices interleaved across clients, mean of ${settings.rounds} rounds. Node ${process.version}, ${cores} cores.`,
  );
  for (const concurrency of settings.concurrencies) {
    const row = (name) => {
      const runs = results.get(`${concurrency} ${name}`);
      return runs && { rps: mean(runs, 'rps'), cpu: mean(runs, 'clientCpuPerRequestUs'), p50: mean(runs, 'p50Ms'), p99: mean(runs, 'p99Ms'), server: mean(runs, 'serverCpuPerRequestUs'), runs };
    };
    console.log(`\n### ${concurrency} in flight\n`);
    console.log('| transport | client | req/s | per round | client CPU µs/req | server CPU µs/req | CPU bound req/s | p50 ms | p99 ms |');
    console.log('| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const key of results.keys()) {
      if (!key.startsWith(`${concurrency} `)) continue;
      const [, scheme, ...name] = key.split(' ');
      const r = row(`${scheme} ${name.join(' ')}`);
      const bound = (cores * 1e6) / (r.cpu + r.server);
      console.log(
        `| ${scheme} | ${name.join(' ')} | ${r.rps.toFixed(0)} | ${r.runs.map((run) => run.rps.toFixed(0)).join(', ')} | ${r.cpu.toFixed(0)} | ${r.server.toFixed(0)} | ${bound.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`,
      );
    }
    const ratio = (a, b, field) => (a && b ? a[field] / b[field] : undefined);
    const stratus = row('https Stratus') ?? row('http Stratus');
    const stratusNode = row('https Stratus + node fetch') ?? row('http Stratus + node fetch');
    const nodeOvh = row('https node-ovh');
    const raw = row('https raw fetch') ?? row('http raw fetch');
    const undici = row('https bare undici dispatch');
    const httpStratus = row('http Stratus');
    const httpRaw = row('http raw fetch');
    const fmt = (value, goal) => (value === undefined ? 'n/a' : `${value.toFixed(2)}× (goal ≥ ${goal}×: ${value >= goal ? 'met' : '**missed**'})`);
    const cpuRatio = (a, b, label) => (a && b ? `${ratio(a, b, 'cpu').toFixed(2)}× ${label}'s` : 'n/a');
    console.log('');
    console.log('| ratio | req/s | client CPU per request |');
    console.log('| --- | --- | --- |');
    console.log(`| Stratus / node-ovh (HTTPS) | ${fmt(ratio(stratus, nodeOvh, 'rps'), 1.5)} | ${cpuRatio(stratus, nodeOvh, 'node-ovh')} |`);
    console.log(`| Stratus + node fetch / node-ovh (HTTPS) | ${fmt(ratio(stratusNode, nodeOvh, 'rps'), 1.5)} | ${cpuRatio(stratusNode, nodeOvh, 'node-ovh')} |`);
    console.log(`| Stratus / raw fetch (HTTPS) | ${fmt(ratio(stratus, raw, 'rps'), 0.9)} | ${cpuRatio(stratus, raw, 'raw')} |`);
    console.log(`| Stratus + node fetch / raw fetch (HTTPS) | ${fmt(ratio(stratusNode, raw, 'rps'), 0.9)} | ${cpuRatio(stratusNode, raw, 'raw')} |`);
    if (httpStratus && httpRaw) console.log(`| Stratus / raw fetch (HTTP) | ${fmt(ratio(httpStratus, httpRaw, 'rps'), 0.9)} | ${cpuRatio(httpStratus, httpRaw, 'raw')} |`);
    if (undici && nodeOvh) console.log(`| bare undici dispatch / node-ovh (HTTPS): the floor of any Node client, no client code at all | ${ratio(undici, nodeOvh, 'rps').toFixed(2)}× | ${cpuRatio(undici, nodeOvh, 'node-ovh')} |`);
  }
}
