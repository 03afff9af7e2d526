import { describe, expect, it } from 'vitest';
import * as openstack from '../src/index.js';
import * as compute from '@stratus/openstack-compute';

describe('@stratus/openstack error exports', () => {
  it('exports every error class a generated package re-exports, as the same class', () => {
    const errorClasses = Object.entries(compute).filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error);
    expect(errorClasses.map(([name]) => name)).toContain('ConflictError');
    for (const [name, value] of errorClasses) {
      expect.soft((openstack as Record<string, unknown>)[name], name).toBe(value);
    }
  });
});
