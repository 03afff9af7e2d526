export interface ErrorDetails {
  /** Human-readable explanation given by the provider. */
  message?: string;
  /** Provider-specific error code/class, e.g. "itemNotFound", "NetworkNotFound", "Client::NotFound". */
  code?: string;
}

const MAX_MESSAGE_LENGTH = 300;

/**
 * Pulls the message and code out of the error body shapes used by Stratus providers.
 * `body` is what openapi-fetch hands back as `error`: parsed JSON, or the raw text when it wasn't JSON.
 */
export function extractErrorDetails(body: unknown): ErrorDetails {
  const value = typeof body === 'string' ? (parseJson(body) ?? body) : body;
  if (typeof value === 'string') return finish({ message: messageFromText(value) });
  if (!isRecord(value)) return {};
  return finish(
    fromIotronic(value) ??
      fromOvh(value) ??
      fromNeutron(value) ??
      fromErrorObject(value) ??
      fromJsonApiErrors(value) ??
      fromSingleWrapperKey(value) ??
      fromGenericFields(value),
  );
}

// IoTronic / Ironic (WSME): {"error_message": "{\"faultstring\": \"…\", \"faultcode\": \"Client\"}"}
function fromIotronic(body: Record<string, unknown>): ErrorDetails | undefined {
  if (!('error_message' in body)) return undefined;
  const inner = typeof body['error_message'] === 'string' ? (parseJson(body['error_message']) ?? body['error_message']) : body['error_message'];
  if (typeof inner === 'string') return { message: inner };
  if (isRecord(inner)) return { message: firstString(inner['faultstring'], inner['message']) };
  return undefined;
}

// OVHcloud: {"class": "Client::NotFound", "message": "…"} or {"errorCode": "INVALID_SIGNATURE", "message": "…"}
function fromOvh(body: Record<string, unknown>): ErrorDetails | undefined {
  const code = firstString(body['errorCode'], body['class']);
  if (code === undefined || typeof body['message'] !== 'string') return undefined;
  return { message: body['message'], code };
}

// Neutron: {"NeutronError": {"type": "NetworkNotFound", "message": "…", "detail": ""}}
function fromNeutron(body: Record<string, unknown>): ErrorDetails | undefined {
  const inner = body['NeutronError'];
  if (typeof inner === 'string') return { message: inner };
  if (!isRecord(inner)) return undefined;
  const message = firstString(inner['message']);
  const detail = firstString(inner['detail']);
  return {
    message: message && detail && detail !== message ? `${message} (${detail})` : (message ?? detail),
    code: firstString(inner['type']),
  };
}

// Keystone: {"error": {"code": 401, "title": "Unauthorized", "message": "…"}}
// Heat:     {"error": {"type": "StackValidationFailed", "message": "…"}, "title": "Bad Request"}
function fromErrorObject(body: Record<string, unknown>): ErrorDetails | undefined {
  const inner = body['error'];
  if (!isRecord(inner)) return undefined;
  const message = firstString(inner['message'], inner['detail'], inner['description']);
  if (message === undefined) return undefined;
  return { message, code: firstString(inner['type'], inner['title'], body['title']) ?? codeString(inner['code']) };
}

// Placement / API-WG guideline: {"errors": [{"title": "…", "detail": "…", "code": "placement.inventory.inuse"}]}
function fromJsonApiErrors(body: Record<string, unknown>): ErrorDetails | undefined {
  const errors = body['errors'];
  if (!Array.isArray(errors) || !isRecord(errors[0])) return undefined;
  const first = errors[0];
  const message = firstString(first['detail'], first['title'], first['message']);
  if (message === undefined) return undefined;
  return { message, code: codeString(first['code']) };
}

// Nova, Cinder, Manila…: {"itemNotFound": {"message": "…", "code": 404}} — the wrapper key is the code.
function fromSingleWrapperKey(body: Record<string, unknown>): ErrorDetails | undefined {
  const keys = Object.keys(body);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const inner = body[key];
  if (!isRecord(inner)) return undefined;
  const message = firstString(inner['message'], inner['explanation'], inner['detail']);
  if (message === undefined) return undefined;
  return { message, code: key };
}

// Anything else: {"message": "…", "code": "…"}, OAuth {"error": "invalid_grant", "error_description": "…"}, WSME faults…
function fromGenericFields(body: Record<string, unknown>): ErrorDetails {
  const error = firstString(body['error']);
  const message = firstString(
    body['message'],
    body['error_description'],
    body['detail'],
    body['faultstring'],
    body['description'],
    body['explanation'],
    error,
    body['title'],
  );
  const code = codeString(body['code']) ?? firstString(body['errorCode']) ?? (error !== message ? error : undefined);
  return { message, code };
}

// Plain-text or HTML error pages (proxies, load balancers): keep the <title> or the first line.
function messageFromText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(trimmed)?.[1];
    return title?.trim() || undefined;
  }
  return trimmed.split(/\r?\n/).find((line) => line.trim() !== '');
}

function finish(details: ErrorDetails): ErrorDetails {
  const result: ErrorDetails = {};
  const message = details.message?.replace(/\s+/g, ' ').trim();
  if (message) result.message = message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
  if (details.code) result.code = details.code;
  return result;
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}

function codeString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return firstString(value);
}
