import { recordingFetch } from './record-bodies.js';

/** One request as it left the client, with the status it got. */
export interface LoggedRequest {
  method: string;
  url: string;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
  /** 0 when no response came (connection refused…). */
  status: number;
  /** Response headers, names lower-cased. */
  responseHeaders: Record<string, string>;
}

export interface RequestLog {
  /** Give this as `fetch` to createOpenStackClient()/createKeystoneAuth(): it records the bodies too (recordingFetch). */
  fetch: typeof fetch;
  requests: LoggedRequest[];
  /** The `POST …/v3/auth/tokens` requests (authentications) seen so far. */
  authentications(): LoggedRequest[];
}

const headersOf = (headers: Headers): Record<string, string> => {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name.toLowerCase()] = value;
  });
  return result;
};

/**
 * A fetch that logs what the session sends (to count authentications, read the microversion header,
 * see which endpoint was called), on top of recordingFetch.
 */
export function createRequestLog(): RequestLog {
  const requests: LoggedRequest[] = [];
  const logged: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const entry: LoggedRequest = { method: request.method, url: request.url, headers: headersOf(request.headers), status: 0, responseHeaders: {} };
    requests.push(entry);
    const response = await recordingFetch(request);
    entry.status = response.status;
    entry.responseHeaders = headersOf(response.headers);
    return response;
  };
  return {
    fetch: logged,
    requests,
    authentications: () => requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname.endsWith('/v3/auth/tokens')),
  };
}
