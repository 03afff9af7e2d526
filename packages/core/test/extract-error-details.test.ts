import { describe, expect, it } from 'vitest';
import { extractErrorDetails } from '../src/errors/extract-error-details.js';

describe('extractErrorDetails', () => {
  it('Nova: single wrapper key holding message/code', () => {
    expect(extractErrorDetails({ itemNotFound: { message: 'Instance x could not be found.', code: 404 } })).toEqual({
      message: 'Instance x could not be found.',
      code: 'itemNotFound',
    });
    expect(extractErrorDetails({ badRequest: { message: 'Invalid flavorRef.', code: 400 } })).toEqual({ message: 'Invalid flavorRef.', code: 'badRequest' });
  });

  it('Keystone: {"error": {message, code, title}}', () => {
    expect(extractErrorDetails({ error: { message: 'The request you have made requires authentication.', code: 401, title: 'Unauthorized' } })).toEqual({
      message: 'The request you have made requires authentication.',
      code: 'Unauthorized',
    });
  });

  it('Heat: error.type wins as code', () => {
    expect(extractErrorDetails({ title: 'Bad Request', error: { type: 'StackValidationFailed', message: 'Property error' } })).toEqual({
      message: 'Property error',
      code: 'StackValidationFailed',
    });
  });

  it('Neutron: NeutronError with type, message and detail', () => {
    expect(extractErrorDetails({ NeutronError: { type: 'NetworkNotFound', message: 'Network n could not be found.', detail: '' } })).toEqual({
      message: 'Network n could not be found.',
      code: 'NetworkNotFound',
    });
    expect(extractErrorDetails({ NeutronError: { type: 'BadRequest', message: 'Bad request', detail: 'cidr overlaps' } }).message).toBe(
      'Bad request (cidr overlaps)',
    );
  });

  it('OVHcloud: class and errorCode', () => {
    expect(extractErrorDetails({ class: 'Client::NotFound', message: 'The requested object (id = 1) does not exist' })).toEqual({
      message: 'The requested object (id = 1) does not exist',
      code: 'Client::NotFound',
    });
    expect(extractErrorDetails({ errorCode: 'INVALID_SIGNATURE', httpCode: '400 Bad Request', message: 'Invalid signature' })).toEqual({
      message: 'Invalid signature',
      code: 'INVALID_SIGNATURE',
    });
  });

  it('IoTronic / Ironic: error_message, possibly JSON-encoded with a faultstring', () => {
    expect(extractErrorDetails({ error_message: 'Board b could not be found.' })).toEqual({ message: 'Board b could not be found.' });
    expect(extractErrorDetails({ error_message: JSON.stringify({ faultstring: 'Node n is locked', faultcode: 'Client', debuginfo: null }) })).toEqual({
      message: 'Node n is locked',
    });
  });

  it('API-WG errors array (Placement)', () => {
    expect(extractErrorDetails({ errors: [{ status: 409, title: 'Conflict', detail: 'Inventory in use', code: 'placement.inventory.inuse' }] })).toEqual({
      message: 'Inventory in use',
      code: 'placement.inventory.inuse',
    });
  });

  it('generic message/code and OAuth-style error', () => {
    expect(extractErrorDetails({ message: 'Nope', code: 'E42' })).toEqual({ message: 'Nope', code: 'E42' });
    expect(extractErrorDetails({ error: 'invalid_grant', error_description: 'Refresh token expired' })).toEqual({
      message: 'Refresh token expired',
      code: 'invalid_grant',
    });
    expect(extractErrorDetails({ faultcode: 'Client', faultstring: 'Invalid input' })).toEqual({ message: 'Invalid input' });
  });

  it('parses bodies that are still JSON text (non-JSON content types)', () => {
    expect(extractErrorDetails('{"itemNotFound": {"message": "gone", "code": 404}}')).toEqual({ message: 'gone', code: 'itemNotFound' });
  });

  it('uses the title of HTML pages and the first line of plain text', () => {
    expect(extractErrorDetails('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>')).toEqual({ message: '502 Bad Gateway' });
    expect(extractErrorDetails('\nService temporarily down\nretry later')).toEqual({ message: 'Service temporarily down' });
  });

  it('collapses whitespace and caps long messages', () => {
    const details = extractErrorDetails({ message: `a\n  b ${'x'.repeat(400)}` });
    expect(details.message?.startsWith('a b x')).toBe(true);
    expect(details.message?.length).toBe(300);
  });

  it('returns nothing for bodies it cannot read', () => {
    expect(extractErrorDetails(undefined)).toEqual({});
    expect(extractErrorDetails(null)).toEqual({});
    expect(extractErrorDetails(['x'])).toEqual({});
    expect(extractErrorDetails({ unrelated: true })).toEqual({});
    expect(extractErrorDetails('')).toEqual({});
  });
});
