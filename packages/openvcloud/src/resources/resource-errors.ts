import { StratusError } from '@stratus/core';

export type OpenvCloudResourceKind = 'account' | 'cloudspace' | 'machine' | 'image' | 'size' | 'location';

/**
 * A named account, cloudspace, machine, image, size or location does not exist (or is not visible
 * to this user). The message names what was asked for and lists what exists.
 */
export class OpenvCloudResourceNotFoundError extends StratusError {
  static {
    this.prototype.name = 'OpenvCloudResourceNotFoundError';
  }

  readonly kind: OpenvCloudResourceKind;
  /** What was asked for (a name, or a description such as `2048 MB, 1 vCPU`). */
  readonly wanted: string;
  /** What exists instead (names). */
  readonly available: readonly string[];

  constructor(init: { kind: OpenvCloudResourceKind; wanted: string; available: readonly string[]; where?: string; hint?: string; cause?: unknown }) {
    const listed = init.available.length === 0 ? `there are no ${init.kind}s` : `${init.kind}s: ${init.available.map((name) => JSON.stringify(name)).join(', ')}`;
    super(`[@stratus/openvcloud] ${init.kind} ${JSON.stringify(init.wanted)} not found${init.where ? ` in ${init.where}` : ''}; ${listed}${init.hint ? `. ${init.hint}` : ''}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.wanted = init.wanted;
    this.available = init.available;
  }

  protected override details(): Record<string, unknown> {
    return { kind: this.kind, wanted: this.wanted, available: this.available };
  }
}
