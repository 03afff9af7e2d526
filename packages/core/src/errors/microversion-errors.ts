import { ApiError, type ApiErrorInit } from './api-error.js';
import { StratusError } from './stratus-error.js';

/** What both microversion errors know. */
export interface MicroversionProblem {
  /** e.g. `compute`. */
  service: string;
  /** The version that was (or would have been) sent. */
  requested: string;
  /** The server's supported range, when discovered. */
  serverRange?: { min: string; max: string } | undefined;
}

function describe(problem: MicroversionProblem): string {
  const range = problem.serverRange ? `the server supports ${problem.serverRange.min} to ${problem.serverRange.max}` : 'the server did not say which versions it supports';
  return `${problem.service} microversion ${problem.requested} is not supported: ${range}`;
}

/**
 * 406 Not Acceptable from an OpenStack service: the microversion sent is outside the server's range.
 * Pin a version in that range (`create<Service>Client({ microversion })`) or negotiate (`negotiateMicroversion: true`).
 */
export class MicroversionNotSupportedError extends ApiError {
  static {
    this.prototype.name = 'MicroversionNotSupportedError';
  }

  readonly service: string;
  readonly requestedVersion: string;
  readonly serverRange: { min: string; max: string } | undefined;

  constructor(init: ApiErrorInit & MicroversionProblem) {
    super({ ...init, message: `${describe(init)} (${init.message})` });
    this.service = init.service;
    this.requestedVersion = init.requested;
    this.serverRange = init.serverRange;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), service: this.service, requestedVersion: this.requestedVersion, serverRange: this.serverRange };
  }
}

/**
 * Raised before any request is sent: the pinned microversion is outside the range the server
 * announced in its version document. The types were narrowed to the pinned version, so Stratus does
 * not silently send another one.
 */
export class MicroversionOutOfRangeError extends StratusError {
  static {
    this.prototype.name = 'MicroversionOutOfRangeError';
  }

  readonly service: string;
  readonly requestedVersion: string;
  readonly serverRange: { min: string; max: string } | undefined;

  constructor(problem: MicroversionProblem & { hint: string }) {
    super(`${describe(problem)}; ${problem.hint}`);
    this.service = problem.service;
    this.requestedVersion = problem.requested;
    this.serverRange = problem.serverRange;
  }

  protected override details(): Record<string, unknown> {
    return { service: this.service, requestedVersion: this.requestedVersion, serverRange: this.serverRange };
  }
}
