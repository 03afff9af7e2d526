// Hand-written customization of @stratus/openstack-iot, copied verbatim by the generator.
import { ApiError, type FetchResultLike, type UnwrapOptions, unwrap as coreUnwrap } from '@stratus/core';
import { apiErrorInitOf } from '@stratus/core/internal';
import { parseIotronicFault } from './from-response.js';
import { iotronicErrorClassFor } from './iotronic-errors.js';

/**
 * Throwing style for IoTronic calls: returns `data`, or throws the iotronicclient class of the
 * failure (`NotFound`, `Conflict`, `HttpServerError`…; each also the core class of its status), with
 * the `error_message` envelope's `faultstring` in the message and in `faultstring`.
 * `const board = await unwrap(iot.GET('/boards/{board}', …))`.
 */
export async function unwrap<R extends FetchResultLike>(result: R | Promise<R>, options: UnwrapOptions = {}): Promise<NonNullable<R['data']>> {
  const settled = await result;
  try {
    return await coreUnwrap(settled, options);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const fault = parseIotronicFault(settled.error);
    const ErrorClass = iotronicErrorClassFor(error.status);
    throw new ErrorClass({ ...apiErrorInitOf(error), code: fault.faultcode ?? error.code, faultstring: fault.faultstring });
  }
}
