// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.
import {
  ApiError,
  type ApiErrorInit,
  BadRequestError,
  ConflictError,
  ConnectionError as CoreConnectionError,
  ForbiddenError,
  MicroversionNotSupportedError,
  NoMatchError,
  NotFoundError,
  NoUniqueMatchError,
  RateLimitedError,
  ServerError,
  StratusError,
  UnauthorizedError,
  type FindTarget,
} from '@stratus/core';
import { brandIotronicError, iotronicKinds } from './iotronic-error-kind.js';

// python-iotronicclient's `iotronicclient.exc` (apiclient/exceptions.py plus its aliases), on top of
// the core errors: each HTTP class extends the core class of its status (NotFound is a core
// NotFoundError, InternalServerError a core ServerError…), and every class is branded with its
// iotronicclient ancestors, so `instanceof HttpError` / `instanceof ClientException` work as in Python.

/** What the IoTronic error envelope adds: `{"error_message": "{\"faultstring\": …, \"faultcode\": …}"}`. */
export interface IotronicErrorInit extends ApiErrorInit {
  /** The fault's `faultstring` (python `details`). */
  faultstring?: string | undefined;
}

/** Fields every iotronicclient HTTP error has. */
export interface IotronicHttpFields {
  /** python `http_status`. */
  readonly httpStatus: number;
  /** The fault's `faultstring` (python `details`). */
  readonly faultstring: string | undefined;
}

type ApiErrorClass = abstract new (init: IotronicErrorInit) => ApiError;

// Core errors thrown before `unwrap` sees a response, and the iotronicclient classes they belong to:
// a 406 is turned into core's MicroversionNotSupportedError by the microversion policy (python raises NotAcceptable).
const FOREIGN_KINDS: readonly [abstract new (...args: never[]) => unknown, readonly string[]][] = [
  [MicroversionNotSupportedError, ['NotAcceptable', 'HTTPClientError', 'HttpError', 'ClientException']],
  [CoreConnectionError, ['ConnectionRefused', 'ConnectionError', 'ClientException']],
];

// The check every iotronicclient class uses: the ordinary prototype chain, the brand, or a core error of that kind.
function hasKind(this: { readonly kind?: string }, value: unknown, prototypeCheck: (value: unknown) => boolean): boolean {
  if (prototypeCheck(value)) return true;
  const kind = this.kind;
  if (kind === undefined) return false;
  return iotronicKinds(value).includes(kind) || FOREIGN_KINDS.some(([Class, kinds]) => kinds.includes(kind) && value instanceof Class);
}

/** An iotronicclient HTTP error class built on a core class: its name, ancestors, fields and toJSON. */
function iotronicHttp<Base extends ApiErrorClass>(Base: Base, kinds: readonly string[]) {
  const [name] = kinds as [string];
  abstract class Iotronic extends (Base as unknown as new (init: IotronicErrorInit) => ApiError) {
    static readonly kind: string = name;
    static override [Symbol.hasInstance](value: unknown): boolean {
      return hasKind.call(this, value, (v) => Function.prototype[Symbol.hasInstance].call(this, v));
    }
    readonly httpStatus: number;
    readonly faultstring: string | undefined;
    constructor(init: IotronicErrorInit) {
      super(init);
      this.httpStatus = init.status;
      this.faultstring = init.faultstring;
      brandIotronicError(this, kinds);
    }
    override toJSON(): Record<string, unknown> {
      return { ...super.toJSON(), ...(this.faultstring !== undefined ? { faultstring: this.faultstring } : {}) };
    }
  }
  Iotronic.prototype.name = name;
  return Iotronic as unknown as (new (init: IotronicErrorInit) => ApiError & IotronicHttpFields) & { readonly kind: string };
}

/** An iotronicclient error without an HTTP response (python `ClientException` and its non-HTTP children). */
function iotronicClient(kinds: readonly string[]) {
  const [name] = kinds as [string];
  class Iotronic extends StratusError {
    static readonly kind: string = name;
    static override [Symbol.hasInstance](value: unknown): boolean {
      return hasKind.call(this, value, (v) => Function.prototype[Symbol.hasInstance].call(this, v));
    }
    constructor(message: string, options?: { cause?: unknown }) {
      super(message, options);
      brandIotronicError(this, kinds);
    }
  }
  Iotronic.prototype.name = name;
  return Iotronic as unknown as (new (message: string, options?: { cause?: unknown }) => StratusError) & { readonly kind: string };
}

const CLIENT = ['ClientException'] as const;
const HTTP = ['HttpError', ...CLIENT] as const;
const CLIENT_4XX = ['HTTPClientError', ...HTTP] as const;
const SERVER_5XX = ['HttpServerError', ...HTTP] as const;
const REDIRECTION = ['HTTPRedirection', ...HTTP] as const;

// ── The bases. Catch-alls: `instanceof ClientException` is true for every error below (and for core's
// ConnectionError and MicroversionNotSupportedError, see FOREIGN_KINDS); `instanceof HttpError` for every HTTP one.

/** python `ClientException`: the base of every iotronicclient error. */
export class ClientException extends iotronicClient(CLIENT) {}

/** python `HttpError`: the API answered with an error status (`httpStatus`, `faultstring`). */
export class HttpError extends iotronicHttp(ApiError, HTTP) {}
/** python `HTTPRedirection` (3xx). */
export class HTTPRedirection extends iotronicHttp(ApiError, REDIRECTION) {}
/** python `HTTPClientError` (4xx). */
export class HTTPClientError extends iotronicHttp(ApiError, CLIENT_4XX) {}
/** python `HttpServerError` (5xx); also a core ServerError. */
export class HttpServerError extends iotronicHttp(ServerError, SERVER_5XX) {}

// ── Status classes (python `_code_map`).

/** 300 */ export class MultipleChoices extends iotronicHttp(ApiError, ['MultipleChoices', ...REDIRECTION]) {}
/** 400; also a core BadRequestError. */ export class BadRequest extends iotronicHttp(BadRequestError, ['BadRequest', ...CLIENT_4XX]) {}
/** 401; also a core UnauthorizedError. */ export class Unauthorized extends iotronicHttp(UnauthorizedError, ['Unauthorized', ...CLIENT_4XX]) {}
/** 402 */ export class PaymentRequired extends iotronicHttp(ApiError, ['PaymentRequired', ...CLIENT_4XX]) {}
/** 403; also a core ForbiddenError. */ export class Forbidden extends iotronicHttp(ForbiddenError, ['Forbidden', ...CLIENT_4XX]) {}
/** 404; also a core NotFoundError. */ export class NotFound extends iotronicHttp(NotFoundError, ['NotFound', ...CLIENT_4XX]) {}
/** 405 */ export class MethodNotAllowed extends iotronicHttp(ApiError, ['MethodNotAllowed', ...CLIENT_4XX]) {}
/** 406: the requested microversion is not served. Core's MicroversionNotSupportedError (what the client throws for a 406) is one too. */ export class NotAcceptable extends iotronicHttp(ApiError, ['NotAcceptable', ...CLIENT_4XX]) {}
/** 407 */ export class ProxyAuthenticationRequired extends iotronicHttp(ApiError, ['ProxyAuthenticationRequired', ...CLIENT_4XX]) {}
/** 408 */ export class RequestTimeout extends iotronicHttp(ApiError, ['RequestTimeout', ...CLIENT_4XX]) {}
/** 409; also a core ConflictError. python-iotronicclient retries these. */ export class Conflict extends iotronicHttp(ConflictError, ['Conflict', ...CLIENT_4XX]) {}
/** 410 */ export class Gone extends iotronicHttp(ApiError, ['Gone', ...CLIENT_4XX]) {}
/** 411 */ export class LengthRequired extends iotronicHttp(ApiError, ['LengthRequired', ...CLIENT_4XX]) {}
/** 412 */ export class PreconditionFailed extends iotronicHttp(ApiError, ['PreconditionFailed', ...CLIENT_4XX]) {}
/** 413 */ export class RequestEntityTooLarge extends iotronicHttp(ApiError, ['RequestEntityTooLarge', ...CLIENT_4XX]) {}
/** 414 */ export class RequestUriTooLong extends iotronicHttp(ApiError, ['RequestUriTooLong', ...CLIENT_4XX]) {}
/** 415 */ export class UnsupportedMediaType extends iotronicHttp(ApiError, ['UnsupportedMediaType', ...CLIENT_4XX]) {}
/** 416 */ export class RequestedRangeNotSatisfiable extends iotronicHttp(ApiError, ['RequestedRangeNotSatisfiable', ...CLIENT_4XX]) {}
/** 417 */ export class ExpectationFailed extends iotronicHttp(ApiError, ['ExpectationFailed', ...CLIENT_4XX]) {}
/** 422 */ export class UnprocessableEntity extends iotronicHttp(ApiError, ['UnprocessableEntity', ...CLIENT_4XX]) {}
/** 500; also a core ServerError. */ export class InternalServerError extends iotronicHttp(ServerError, ['InternalServerError', ...SERVER_5XX]) {}
/** 501; also a core ServerError. */ export class HttpNotImplemented extends iotronicHttp(ServerError, ['HttpNotImplemented', ...SERVER_5XX]) {}
/** 502; also a core ServerError. */ export class BadGateway extends iotronicHttp(ServerError, ['BadGateway', ...SERVER_5XX]) {}
/** 503; also a core ServerError. python-iotronicclient retries these. */ export class ServiceUnavailable extends iotronicHttp(ServerError, ['ServiceUnavailable', ...SERVER_5XX]) {}
/** 504; also a core ServerError. */ export class GatewayTimeout extends iotronicHttp(ServerError, ['GatewayTimeout', ...SERVER_5XX]) {}
/** 505; also a core ServerError. */ export class HttpVersionNotSupported extends iotronicHttp(ServerError, ['HttpVersionNotSupported', ...SERVER_5XX]) {}

// Statuses without a python class that core has a class for: the python generic class, built on core's.
/** 429 → python HTTPClientError; also a core RateLimitedError (with `retryAfterMs`). */
class RateLimitedClientError extends iotronicHttp(RateLimitedError, CLIENT_4XX) {}

// ── Errors without a response.

/** python `ValidationError`. */ export class ValidationError extends iotronicClient(['ValidationError', ...CLIENT]) {}
/** python `UnsupportedVersion`. */ export class UnsupportedVersion extends iotronicClient(['UnsupportedVersion', ...CLIENT]) {}
/** python `CommandError`. */ export class CommandError extends iotronicClient(['CommandError', ...CLIENT]) {}
/** python `AuthorizationFailure`. */ export class AuthorizationFailure extends iotronicClient(['AuthorizationFailure', ...CLIENT]) {}
/** python `AuthPluginOptionsMissing`. */ export class AuthPluginOptionsMissing extends iotronicClient(['AuthPluginOptionsMissing', 'AuthorizationFailure', ...CLIENT]) {}
/** python `AuthSystemNotFound`. */ export class AuthSystemNotFound extends iotronicClient(['AuthSystemNotFound', 'AuthorizationFailure', ...CLIENT]) {}
/** python `AmbiguousAuthSystem`. */ export class AmbiguousAuthSystem extends iotronicClient(['AmbiguousAuthSystem', ...CLIENT]) {}
/** python `EndpointException`. */ export class EndpointException extends iotronicClient(['EndpointException', ...CLIENT]) {}
/** python `EndpointNotFound`. */ export class EndpointNotFound extends iotronicClient(['EndpointNotFound', 'EndpointException', ...CLIENT]) {}
/** python `AmbiguousEndpoints`. */ export class AmbiguousEndpoints extends iotronicClient(['AmbiguousEndpoints', 'EndpointException', ...CLIENT]) {}
/** python `InvalidAttribute`. */ export class InvalidAttribute extends iotronicClient(['InvalidAttribute', ...CLIENT]) {}
/** python `StateTransitionFailed`. */ export class StateTransitionFailed extends iotronicClient(['StateTransitionFailed', ...CLIENT]) {}
/** python `StateTransitionTimeout`. */ export class StateTransitionTimeout extends iotronicClient(['StateTransitionTimeout', ...CLIENT]) {}

/**
 * python `ConnectionError` ("cannot connect to API service"). Not thrown as such: a failed connection
 * throws core's ConnectionError, which `instanceof` this (and `ConnectionRefused`) accept, keeping its cause.
 */
export class ConnectionError extends iotronicClient(['ConnectionError', ...CLIENT]) {}
/** python `ConnectionRefused` (python-iotronicclient raises it for every connection failure). */
export class ConnectionRefused extends iotronicClient(['ConnectionRefused', 'ConnectionError', ...CLIENT]) {}

/** python `NoUniqueMatch`: `find()` matched several items. Also core's NoUniqueMatchError. */
export class NoUniqueMatch extends NoUniqueMatchError {
  static {
    this.prototype.name = 'NoUniqueMatch';
  }
  static override [Symbol.hasInstance](value: unknown): boolean {
    return iotronicKinds(value).includes('NoUniqueMatch') || Function.prototype[Symbol.hasInstance].call(this, value);
  }
  constructor(target: FindTarget, matches: number) {
    super(target, matches);
    brandIotronicError(this, ['NoUniqueMatch', ...CLIENT]);
  }
}

/** `find()` matched nothing: an iotronicclient NotFound (like novaclient's `find`) and core's NoMatchError. */
export class NoMatchNotFound extends NoMatchError {
  static {
    this.prototype.name = 'NotFound';
  }
  readonly httpStatus = 404;
  readonly faultstring: string | undefined = undefined;
  constructor(target: FindTarget) {
    super(target);
    brandIotronicError(this, ['NotFound', ...CLIENT_4XX]);
  }
}

// ── python aliases.
export { EndpointException as InvalidEndpoint, ConnectionRefused as CommunicationError, BadRequest as HTTPBadRequest, InternalServerError as HTTPInternalServerError, NotFound as HTTPNotFound, ServiceUnavailable as HTTPServiceUnavailable, AmbiguousAuthSystem as AmbigiousAuthSystem };

type HttpErrorClass = new (init: IotronicErrorInit & { retryAfterMs?: number | undefined }) => ApiError & IotronicHttpFields;

const CLASS_BY_STATUS: Readonly<Record<number, HttpErrorClass>> = {
  300: MultipleChoices,
  400: BadRequest,
  401: Unauthorized,
  402: PaymentRequired,
  403: Forbidden,
  404: NotFound,
  405: MethodNotAllowed,
  406: NotAcceptable,
  407: ProxyAuthenticationRequired,
  408: RequestTimeout,
  409: Conflict,
  410: Gone,
  411: LengthRequired,
  412: PreconditionFailed,
  413: RequestEntityTooLarge,
  414: RequestUriTooLong,
  415: UnsupportedMediaType,
  416: RequestedRangeNotSatisfiable,
  417: ExpectationFailed,
  422: UnprocessableEntity,
  429: RateLimitedClientError,
  500: InternalServerError,
  501: HttpNotImplemented,
  502: BadGateway,
  503: ServiceUnavailable,
  504: GatewayTimeout,
  505: HttpVersionNotSupported,
};

/** python `from_response`'s choice: the status's class, else the 5xx / 4xx / any generic one. */
export function iotronicErrorClassFor(status: number): HttpErrorClass {
  return CLASS_BY_STATUS[status] ?? (status >= 500 && status < 600 ? HttpServerError : status >= 400 && status < 500 ? HTTPClientError : HttpError);
}
