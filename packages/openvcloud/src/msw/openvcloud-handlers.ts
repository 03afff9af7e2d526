import { http, HttpResponse, type HttpHandler, type RequestHandlerOptions } from 'msw';
import type { OpenvCloudApi } from '../api/openvcloud-api.js';
import { normalizeOpenvCloudUrl } from '../client/normalize-openvcloud-url.js';
import { createOpenvCloudErrorResponse } from './openvcloud-error-response.js';
import type { OpenvCloudHandlerOperations, OpenvCloudHandlers, OpenvCloudResolver } from './openvcloud-msw-types.js';

export interface OpenvCloudHandlersOptions {
  /** The G8 URL, the same value as the client's (`https://g8.example.com`; `/restmachine` is added). */
  url: string;
  /** How many `system/task/get` polls answer "still running" (`null`) before a task's result. Default 0. */
  pendingPolls?: number;
}

/**
 * Typed msw request handlers for OpenvCloud API descriptors:
 *
 * ```ts
 * const g8 = createOpenvCloudHandlers(cloudapi, { url: 'https://g8.test' });
 * server.use(
 *   g8.post('/cloudapi/images/list', () => [{ id: 1, name: 'Ubuntu 16.04 x64' }]),
 *   g8.post('/cloudapi/machines/create', ({ body }) => (body.name === 'taken' ? createOpenvCloudErrorResponse(409, 'exists') : 1234)),
 *   g8.tasks(), // for calls made with { async: true }
 * );
 * ```
 *
 * Paths, params (the JSON body) and results are typed from the descriptor. A call sent with
 * `_async: true` is answered with a task guid; `tasks()` then serves its result on `system/task/get`.
 */
export function createOpenvCloudHandlers<const A extends OpenvCloudApi | readonly OpenvCloudApi[]>(apis: A, options: OpenvCloudHandlersOptions): OpenvCloudHandlers<OpenvCloudHandlerOperations<A>> {
  void apis; // types only
  const url = normalizeOpenvCloudUrl(options.url);
  const pendingPolls = options.pendingPolls ?? 0;
  const tasks = new Map<string, { polls: number; answer: [boolean, unknown] }>();
  let taskCounter = 0;

  const post = (path: string, resolver: OpenvCloudResolver<unknown>, handlerOptions?: RequestHandlerOptions): HttpHandler =>
    http.post(
      `${url}${path}`,
      async ({ request }) => {
        let params: Record<string, unknown> = Object.fromEntries(new URL(request.url).searchParams);
        const text = await request.clone().text();
        if (text.trim() !== '') {
          try {
            const parsed: unknown = JSON.parse(text);
            if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) params = { ...params, ...(parsed as Record<string, unknown>) };
          } catch {
            return createOpenvCloudErrorResponse(400, 'Invalid JSON body');
          }
        }
        const isAsync = params['_async'] === true || params['_async'] === 'true';
        delete params['_async'];
        const result = await resolver({ body: (Object.keys(params).length === 0 ? undefined : params) as never, async: isAsync, request });
        if (!isAsync) return result instanceof Response ? result : HttpResponse.json((result ?? null) as never);
        const guid = `msw-task-${++taskCounter}`;
        tasks.set(guid, { polls: 0, answer: await taskAnswer(result) });
        return HttpResponse.json(guid);
      },
      handlerOptions,
    );

  const handlers = {
    url,
    post,
    tasks: () =>
      http.post(`${url}/system/task/get`, async ({ request }) => {
        const { taskguid } = ((await request.json().catch(() => ({}))) ?? {}) as { taskguid?: unknown };
        const task = typeof taskguid === 'string' ? tasks.get(taskguid) : undefined;
        if (!task) return createOpenvCloudErrorResponse(400, `unknown task ${JSON.stringify(taskguid)}`);
        return HttpResponse.json(task.polls++ < pendingPolls ? null : (task.answer as never));
      }),
  };
  return handlers as unknown as OpenvCloudHandlers<OpenvCloudHandlerOperations<A>>;
}

/** What `system/task/get` reports for a resolver's answer: `[true, result]`, or `[false, message]` for an error status. */
async function taskAnswer(result: unknown): Promise<[boolean, unknown]> {
  if (!(result instanceof Response)) return [true, result ?? null];
  const text = await result.text();
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // keep the text
  }
  return [result.ok, value];
}
