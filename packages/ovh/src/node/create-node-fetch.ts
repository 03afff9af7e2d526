import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface NodeFetchOptions {
  /** Sockets kept per host, in use or idle. Default 64. */
  maxSockets?: number;
  /** How long an idle keep-alive socket is kept, in ms. Default 30 000. */
  keepAliveMs?: number;
}

/** What createNodeFetch returns: the `fetch` option of createOvhClient / core's transport. */
export type NodeFetch = ((request: Request) => Promise<Response>) & {
  /** Closes the idle keep-alive sockets (in-flight requests finish first). */
  close(): void;
};

const BODYLESS_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A fetch for Node on `node:http` / `node:https` with keep-alive agents: the client's transport calls
 * it with a Request and gets a standard Response. Why: on Node 20 the built-in fetch (undici) spends
 * about 235 µs of CPU per small GET where this spends about 180 (and bare `http.request` about 65: the
 * rest is the Request/Response objects, which the fetch contract needs). Response bodies are read whole
 * before the Response is returned (API responses are small JSON documents); the request's signal
 * aborts the exchange.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const agentOptions = { keepAlive: true, keepAliveMsecs: 1000, maxSockets: options.maxSockets ?? 64, timeout: options.keepAliveMs ?? 30_000 };
  const httpAgent = new HttpAgent(agentOptions);
  const httpsAgent = new HttpsAgent(agentOptions);

  const nodeFetch = async (request: Request): Promise<Response> => {
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const url = new URL(request.url);
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') throw new TypeError(`createNodeFetch: unsupported protocol ${url.protocol} in ${url.origin}`);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    if (body !== undefined) headers['content-length'] = String(body.byteLength);

    return new Promise<Response>((resolve, reject) => {
      const outgoing = (isHttps ? httpsRequest : httpRequest)(
        url,
        { method: request.method, headers, agent: isHttps ? httpsAgent : httpAgent, signal: request.signal },
        (incoming) => readResponse(incoming).then(resolve, reject),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
  return Object.assign(nodeFetch, {
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  });
}

function readResponse(incoming: IncomingMessage): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('error', reject);
    incoming.on('aborted', () => reject(new Error('createNodeFetch: the connection closed before the response body was complete')));
    incoming.on('end', () => {
      const status = incoming.statusCode ?? 0;
      const headers = new Headers();
      const raw = incoming.rawHeaders;
      for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
      const bodyBytes = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)) as Uint8Array<ArrayBuffer>;
      resolve(new Response(BODYLESS_STATUSES.has(status) ? null : bodyBytes, { status, statusText: incoming.statusMessage ?? '', headers }));
    });
  });
}
