import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, ConnectionError as CoreConnectionError, MicroversionNotSupportedError, NoMatchError as CoreNoMatchError, NotFoundError, NoUniqueMatchError, RateLimitedError, ServerError, StratusError } from '@stratus/core';
import {
  AuthorizationFailure,
  AuthPluginOptionsMissing,
  BadRequest,
  ClientException,
  CommandError,
  CommunicationError,
  Conflict,
  ConnectionError,
  ConnectionRefused,
  createIotClient,
  fromResponse,
  HTTPBadRequest,
  HTTPClientError,
  HttpError,
  HTTPInternalServerError,
  HTTPNotFound,
  HttpServerError,
  HTTPServiceUnavailable,
  InternalServerError,
  NotAcceptable,
  NotFound,
  NoUniqueMatch,
  ServiceUnavailable,
  unwrap,
} from '@stratus/openstack-iot';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://iotronic.test:8812';
const token = 'gAAAA-secret-iot-token';

/** IoTronic's WSME error envelope: the fault is a JSON document serialised into a string. */
function fault(status: number, faultstring: string, faultcode = status >= 500 ? 'Server' : 'Client'): Response {
  return HttpResponse.json({ error_message: JSON.stringify({ faultstring, faultcode, debuginfo: null }) }, { status });
}

function boardsReturning(status: number, message: string): void {
  server.use(http.get(`${baseUrl}/boards/:board`, () => fault(status, message)));
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

const iot = () => createIotClient({ baseUrl, token, maxRetries: 0 });
const getBoard = (board: string) => unwrap(iot().GET('/boards/{board}', { params: { path: { board } } }));

describe('iotronicclient.exc through @stratus/openstack-iot', () => {
  it('unwrap raises NotFound (an HTTPClientError, HttpError, ClientException and core NotFoundError) with the faultstring', async () => {
    boardsReturning(404, 'Board nope could not be found.');
    const error = await failureOf(getBoard('nope'));
    for (const Class of [NotFound, HTTPNotFound, HTTPClientError, HttpError, ClientException, NotFoundError, ApiError, StratusError]) expect(error, Class.name).toBeInstanceOf(Class);
    for (const Class of [HttpServerError, Conflict, BadRequest, ServerError]) expect(error, Class.name).not.toBeInstanceOf(Class);
    const notFound = error as NotFound;
    expect(notFound.name).toBe('NotFound');
    expect(notFound.message).toBe(`404 Not Found: GET ${baseUrl}/boards/nope — Board nope could not be found.`);
    expect(notFound.faultstring).toBe('Board nope could not be found.');
    expect(notFound.code).toBe('Client');
    expect(notFound.httpStatus).toBe(404);
    expect(JSON.stringify(notFound)).not.toContain(token);
    expect(notFound.toJSON()).toMatchObject({ name: 'NotFound', status: 404, faultstring: 'Board nope could not be found.' });
  });

  it.each([
    [400, BadRequest, ['HTTPClientError', 'BadRequestError']],
    [409, Conflict, ['HTTPClientError', 'ConflictError']],
    [500, InternalServerError, ['HttpServerError', 'ServerError']],
    [503, ServiceUnavailable, ['HttpServerError', 'ServerError']],
  ] as const)('status %i raises %o', async (status, Class, also) => {
    boardsReturning(status, `fault ${status}`);
    const error = (await failureOf(getBoard('b'))) as Error;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.name).toBe(Class.name);
    const classes: Record<string, abstract new (...args: never[]) => unknown> = { HTTPClientError, HttpServerError, BadRequestError: ApiError, ServerError };
    for (const name of also) expect(error, name).toBeInstanceOf(classes[name] ?? ApiError);
    expect(error.message).toContain(`fault ${status}`);
  });

  it('a 406 (core MicroversionNotSupportedError, thrown by the microversion policy) is a NotAcceptable', async () => {
    boardsReturning(406, 'Version 1.9 was requested but the minor version is not supported');
    const error = await failureOf(getBoard('b'));
    for (const Class of [MicroversionNotSupportedError, NotAcceptable, HTTPClientError, HttpError, ClientException]) expect(error, Class.name).toBeInstanceOf(Class);
    expect(error).not.toBeInstanceOf(NotFound);
    expect(fromResponse(new Response(null, { status: 406 }))).toBeInstanceOf(NotAcceptable);
  });

  it('falls back like from_response: other 5xx → HttpServerError (and core ServerError), other 4xx → HTTPClientError, 429 also core RateLimitedError', async () => {
    boardsReturning(507, 'disk full');
    const server507 = await failureOf(getBoard('b'));
    expect(server507).toBeInstanceOf(HttpServerError);
    expect(server507).toBeInstanceOf(ServerError);
    expect(server507).not.toBeInstanceOf(InternalServerError);
    boardsReturning(418, 'teapot');
    const client418 = await failureOf(getBoard('b'));
    expect(client418).toBeInstanceOf(HTTPClientError);
    expect(client418).not.toBeInstanceOf(HttpServerError);
    server.use(http.get(`${baseUrl}/boards/:board`, () => HttpResponse.json({ error_message: '{"faultstring": "slow down"}' }, { status: 429, headers: { 'retry-after': '2' } })));
    const limited = await failureOf(getBoard('b'));
    expect(limited).toBeInstanceOf(HTTPClientError);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(2000);
  });

  it('the managers raise the same classes: get → NotFound, find none → NotFound (core NoMatchError), several → NoUniqueMatch', async () => {
    boardsReturning(404, 'Board b could not be found.');
    server.use(http.get(`${baseUrl}/boards/detail`, () => HttpResponse.json({ boards: [{ uuid: 'u1', name: 'a', status: 'online' }, { uuid: 'u2', name: 'b', status: 'online' }] })));
    const client = iot();
    const got = await failureOf(client.boards.get('b'));
    expect(got).toBeInstanceOf(NotFound);
    expect((got as NotFound).faultstring).toBe('Board b could not be found.');
    const none = await failureOf(client.boards.find({ name: 'zzz' }));
    expect(none).toBeInstanceOf(NotFound);
    expect(none).toBeInstanceOf(CoreNoMatchError);
    expect(none).toBeInstanceOf(HttpError);
    expect((none as Error).message).toBe('No boards match {"name":"zzz"} (listed with GET /boards/detail)');
    const many = await failureOf(client.boards.find({ status: 'online' }));
    expect(many).toBeInstanceOf(NoUniqueMatch);
    expect(many).toBeInstanceOf(NoUniqueMatchError);
    expect(many).toBeInstanceOf(ClientException);
    expect(await client.boards.find({ name: 'b' })).toMatchObject({ uuid: 'u2' });
  });

  it('a refused connection is a ConnectionRefused / CommunicationError / ConnectionError / ClientException (core ConnectionError, cause kept)', async () => {
    server.use(http.get(`${baseUrl}/boards/:board`, () => HttpResponse.error()));
    const error = await failureOf(getBoard('b'));
    expect(error).toBeInstanceOf(CoreConnectionError);
    for (const Class of [ConnectionRefused, CommunicationError, ConnectionError, ClientException]) expect(error, Class.name).toBeInstanceOf(Class);
    expect(error).not.toBeInstanceOf(HttpError);
  });

  it('fromResponse maps a response the caller already read, and the python aliases are the same classes', () => {
    const response = new Response(null, { status: 409, statusText: 'Conflict' });
    const error = fromResponse(response, { body: { error_message: '{"faultstring": "Board is busy", "faultcode": "Client"}' }, method: 'POST', url: `${baseUrl}/boards/b/action` });
    expect(error).toBeInstanceOf(Conflict);
    expect(error.message).toBe(`409 Conflict: POST ${baseUrl}/boards/b/action — Board is busy`);
    expect(error.faultstring).toBe('Board is busy');
    expect(fromResponse(new Response(null, { status: 302 }))).toBeInstanceOf(HttpError);
    expect([HTTPBadRequest, HTTPNotFound, HTTPInternalServerError, HTTPServiceUnavailable, CommunicationError]).toEqual([BadRequest, NotFound, InternalServerError, ServiceUnavailable, ConnectionRefused]);
  });

  it('errors without a response keep the python hierarchy', () => {
    const missing = new AuthPluginOptionsMissing('no auth url');
    for (const Class of [AuthPluginOptionsMissing, AuthorizationFailure, ClientException, StratusError]) expect(missing, Class.name).toBeInstanceOf(Class);
    expect(missing).not.toBeInstanceOf(CommandError);
    expect(missing.name).toBe('AuthPluginOptionsMissing');
    expect(new CommandError('bad')).not.toBeInstanceOf(HttpError);
  });
});
