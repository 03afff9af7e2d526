// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.
import { type ApiError, createApiError } from '@stratus/core';
import { apiErrorInitOf } from '@stratus/core/internal';
import { iotronicErrorClassFor, type IotronicHttpFields } from './iotronic-errors.js';

export interface FromResponseOptions {
  /** The response body already read: parsed JSON or text (the response itself is not read). */
  body?: unknown;
  /** Request method, e.g. `GET`. */
  method?: string;
  /** Request URL (redacted on the error); defaults to `response.url`. */
  url?: string;
}

/** The parts of IoTronic's error envelope: `{"error_message": "{\"faultstring\": …, \"faultcode\": \"Client\"}"}`. */
export function parseIotronicFault(body: unknown): { faultstring?: string; faultcode?: string } {
  const envelope = typeof body === 'string' ? parse(body) : body;
  if (typeof envelope !== 'object' || envelope === null || !('error_message' in envelope)) return {};
  const raw = (envelope as { error_message: unknown }).error_message;
  const fault = typeof raw === 'string' ? (parse(raw) ?? raw) : raw;
  if (typeof fault === 'string') return fault.trim() ? { faultstring: fault } : {};
  if (typeof fault !== 'object' || fault === null) return {};
  const { faultstring, faultcode } = fault as Record<string, unknown>;
  return {
    ...(typeof faultstring === 'string' && faultstring.trim() ? { faultstring } : {}),
    ...(typeof faultcode === 'string' && faultcode.trim() ? { faultcode } : {}),
  };
}

/**
 * python `iotronicclient.exc.from_response`: the iotronicclient class of the response status
 * (NotFound, Conflict, HttpServerError…), which is also the core class of that status. The message
 * is core's (`404 Not Found: GET https://… — <faultstring>`), `faultstring` the fault's message
 * and `code` its `faultcode` (`Client` / `Server`).
 */
export function fromResponse(response: Response, options: FromResponseOptions = {}): ApiError & IotronicHttpFields {
  const base = createApiError({ response, body: options.body, method: options.method ?? '', url: options.url ?? response.url, provider: 'openstack-iot' });
  const fault = parseIotronicFault(options.body);
  const ErrorClass = iotronicErrorClassFor(response.status);
  return new ErrorClass({ ...apiErrorInitOf(base), code: fault.faultcode ?? base.code, headers: response.headers, faultstring: fault.faultstring });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
