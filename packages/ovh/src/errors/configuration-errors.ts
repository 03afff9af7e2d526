import { StratusError } from '@stratus/core';

/** Unknown endpoint name or unusable endpoint URL (python-ovh `InvalidRegion`). */
export class InvalidRegionError extends StratusError {
  static {
    this.prototype.name = 'InvalidRegionError';
  }
}

/** Missing, incomplete or conflicting credentials / configuration (python-ovh `InvalidConfiguration`). */
export class InvalidConfigurationError extends StratusError {
  static {
    this.prototype.name = 'InvalidConfigurationError';
  }
}
