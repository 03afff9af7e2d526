export interface OvhErrorBody {
  /** The `message` field, or a short plain-text body (not an HTML error page). */
  message: string | undefined;
  errorCode: string | undefined;
  errorClass: string | undefined;
  unauthorizedActionsByAuthentication: string[];
  unauthorizedActionsByIAM: string[];
}

/**
 * Reads OVH's error body: `{"errorCode": "NOT_GRANTED_CALL", "httpCode": "403 Forbidden", "message": …}`
 * or `{"class": "Client::Forbidden", "message": …, "details": {"unauthorizedActionsByIAM": …}}`.
 * IAM details may be arrays or comma-separated strings (go-ovh types `details` as map[string]string).
 */
export function parseOvhErrorBody(body: unknown): OvhErrorBody {
  const value = typeof body === 'string' ? parseJson(body) : body;
  const record = isRecord(value) ? value : {};
  const details = isRecord(record['details']) ? record['details'] : {};
  const text = typeof body === 'string' ? body.trim() : '';
  return {
    message: nonEmptyString(record['message']) ?? (value === undefined && text && !text.startsWith('<') ? text.slice(0, 300) : undefined),
    errorCode: nonEmptyString(record['errorCode']),
    errorClass: nonEmptyString(record['class']),
    unauthorizedActionsByAuthentication: actionList(details['unauthorizedActionsByAuthentication']),
    unauthorizedActionsByIAM: actionList(details['unauthorizedActionsByIAM']),
  };
}

function actionList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
