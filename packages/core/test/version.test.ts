import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRATUS_VERSION } from '../src/version.js';

describe('STRATUS_VERSION', () => {
  it('equals the version in package.json, so a release bump cannot forget it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(STRATUS_VERSION).toBe(pkg.version);
  });
});
