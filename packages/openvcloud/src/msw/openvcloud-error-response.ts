import { HttpResponse } from 'msw';

/** The portal's error answer: the status with a JSON-encoded message string (`"Machine not found"`). */
export function createOpenvCloudErrorResponse(status: number, message: string): HttpResponse<string> {
  return HttpResponse.json(message, { status });
}
