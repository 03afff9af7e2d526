import { InvalidConfigurationError } from '@stratus/core';

/** Unknown endpoint name or unusable endpoint URL (python-ovh `InvalidRegion`): a configuration error. */
export class InvalidRegionError extends InvalidConfigurationError {
  static {
    this.prototype.name = 'InvalidRegionError';
  }
}
