import { NotFoundError } from '@stratus/core';
import { InvalidConfigurationError } from '@stratus/core';
import { OpenvCloudTaskError, OpenvCloudTaskFailedError, OpenvCloudTaskTimeoutError } from '../errors/openvcloud-task-errors.js';

/** How long and how often `_async` calls poll `system/task/get`. */
export interface TaskPollingOptions {
  /** Give up (OpenvCloudTaskTimeoutError) after this long. Default 10 minutes (ovc-sdk-go's limit for operational actions). */
  timeoutMs?: number;
  /** Wait before the second poll. Default 500 ms. */
  intervalMs?: number;
  /** Each wait is this many times the previous one… Default 1.5. */
  backoffFactor?: number;
  /** …up to this. Default 5 s. */
  maxIntervalMs?: number;
}

export const DEFAULT_TASK_TIMEOUT_MS = 10 * 60_000;

/** `system/task/get` as the client sends it: POST `{ taskguid }`, JSON-decoded answer. */
export type PollTask = (taskGuid: string, signal: AbortSignal | undefined) => Promise<unknown>;

export interface WaitForTaskOptions extends TaskPollingOptions {
  /** The method that started the task, for error messages (e.g. `/cloudapi/machines/create`). */
  path: string;
  signal?: AbortSignal | undefined;
  /** Removes known secrets from the task's error before it goes into an error message. */
  scrub?: (text: string) => string;
  /** Clock and timer, for tests. */
  now?: () => number;
}

const EXCERPT = 500;

/**
 * Polls `system/task/get` until the task answers `[success, result]`: resolves to `result` on
 * success, rejects with OpenvCloudTaskFailedError on `[false, error]`. An empty answer (`null`,
 * `[]`, no body) and 404 (the task is not registered yet) mean "still running". Waits grow by
 * `backoffFactor`; the whole wait is bounded by `timeoutMs` and cancelled by `signal`.
 */
export async function waitForTask(poll: PollTask, taskGuid: string, options: WaitForTaskOptions): Promise<unknown> {
  const { path, signal } = options;
  const now = options.now ?? Date.now;
  const timeoutMs = positive(options.timeoutMs, 'timeoutMs') ?? DEFAULT_TASK_TIMEOUT_MS;
  let interval = positive(options.intervalMs, 'intervalMs') ?? 500;
  const factor = Math.max(1, options.backoffFactor ?? 1.5);
  const maxInterval = Math.max(interval, positive(options.maxIntervalMs, 'maxIntervalMs') ?? 5_000);
  const deadline = now() + timeoutMs;

  for (;;) {
    signal?.throwIfAborted();
    let answer: unknown;
    try {
      answer = await poll(taskGuid, signal);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      answer = undefined;
    }
    if (Array.isArray(answer) && answer.length >= 2 && typeof answer[0] === 'boolean') {
      if (answer[0]) return answer[1];
      const taskError = excerpt(answer[1], options.scrub);
      throw new OpenvCloudTaskFailedError(`[@stratus/openvcloud] task ${taskGuid} (${path}) failed: ${taskError}`, { taskGuid, path, taskError });
    }
    if (!(answer === undefined || answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0))) {
      throw new OpenvCloudTaskError(`[@stratus/openvcloud] task ${taskGuid} (${path}): system/task/get answered ${excerpt(answer, options.scrub)}, expected [success, result]`, { taskGuid, path });
    }
    const left = deadline - now();
    if (left <= 0) {
      throw new OpenvCloudTaskTimeoutError(`[@stratus/openvcloud] task ${taskGuid} (${path}) did not finish within ${timeoutMs} ms; it may still be running on the portal`, { taskGuid, path, timeoutMs });
    }
    await sleep(Math.min(interval, left), signal);
    interval = Math.min(maxInterval, interval * factor);
  }
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) throw new InvalidConfigurationError(`[@stratus/openvcloud] async.${name} must be a positive number of milliseconds, got ${String(value)}`);
  return value;
}

function excerpt(value: unknown, scrub: ((text: string) => string) | undefined): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  if (scrub) text = scrub(text);
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
