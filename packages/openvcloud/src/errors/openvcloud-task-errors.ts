import { redactText, StratusError } from '@stratus/core';

interface TaskErrorInit {
  /** The task guid the portal answered to the `_async` call. */
  taskGuid: string;
  /** The method that started the task, e.g. `/cloudapi/machines/create`. */
  path: string;
  cause?: unknown;
}

/** Base of the `_async` task errors: which task, started by which method. */
export class OpenvCloudTaskError extends StratusError {
  static {
    this.prototype.name = 'OpenvCloudTaskError';
  }

  readonly taskGuid: string;
  readonly path: string;

  constructor(message: string, init: TaskErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.taskGuid = init.taskGuid;
    this.path = init.path;
  }

  protected override details(): Record<string, unknown> {
    return { taskGuid: this.taskGuid, path: this.path };
  }
}

/** `system/task/get` answered `[false, error]`: the action itself failed on the portal. */
export class OpenvCloudTaskFailedError extends OpenvCloudTaskError {
  static {
    this.prototype.name = 'OpenvCloudTaskFailedError';
  }

  /** The error the task returned (the portal's message, or its error object as JSON), redacted, ≤ 500 characters. */
  readonly taskError: string;

  constructor(message: string, init: TaskErrorInit & { taskError: string }) {
    super(message, init);
    this.taskError = redactText(init.taskError);
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), taskError: this.taskError };
  }
}

/** The task did not finish within the timeout (it may still be running on the portal). */
export class OpenvCloudTaskTimeoutError extends OpenvCloudTaskError {
  static {
    this.prototype.name = 'OpenvCloudTaskTimeoutError';
  }

  readonly timeoutMs: number;

  constructor(message: string, init: TaskErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), timeoutMs: this.timeoutMs };
  }
}
