import { StratusError } from './stratus-error.js';

/**
 * Missing, incomplete, conflicting or malformed client options or configuration (config files,
 * environment variables), thrown before any request is sent. The message names the file, key or
 * option at fault, never a secret's value. Every provider's config loader and client factory throws it.
 */
export class InvalidConfigurationError extends StratusError {
  static {
    this.prototype.name = 'InvalidConfigurationError';
  }
}
