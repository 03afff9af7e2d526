import { describe, expect, it } from 'vitest';
import { compareMicroversions } from '../src/microversions/compare-microversions.js';
import { parseVersionDocument, type VersionListDocument, type VersionShowDocument } from '../src/microversions/parse-version-document.js';

describe('parseVersionDocument', () => {
  it('reads Nova GET /v2.1/ ({ version })', () => {
    const nova: VersionShowDocument = { version: { id: 'v2.1', status: 'CURRENT', version: '2.104', min_version: '2.1', updated: '2013-07-23T11:33:21Z' } };
    expect(parseVersionDocument(nova)).toEqual({ min: '2.1', max: '2.104' });
  });

  it('reads the CURRENT entry of a versions list, with Placement\'s max_version', () => {
    const body: VersionListDocument = {
      versions: [
        { id: 'v2.0', status: 'DEPRECATED', version: '', min_version: '' },
        { id: 'v1.0', status: 'CURRENT', max_version: '1.39', min_version: '1.0' },
      ],
    };
    expect(parseVersionDocument(body)).toEqual({ min: '1.0', max: '1.39' });
  });

  it('says nothing for an endpoint without microversions (Nova v2.0: empty strings)', () => {
    expect(parseVersionDocument({ versions: [{ id: 'v2.0', status: 'CURRENT', version: '', min_version: '' }] })).toBeUndefined();
    expect(parseVersionDocument('<html>')).toBeUndefined();
  });

  it('falls back to range headers, with or without a service prefix', () => {
    const headers = new Headers({ 'OpenStack-API-Minimum-Version': 'container-infra 1.1', 'OpenStack-API-Maximum-Version': 'container-infra 1.14' });
    expect(parseVersionDocument({}, headers)).toEqual({ min: '1.1', max: '1.14' });
    const iotronic = new Headers({ 'X-OpenStack-Iotronic-API-Minimum-Version': '1.0', 'X-OpenStack-Iotronic-API-Maximum-Version': '1.0' });
    expect(parseVersionDocument(undefined, iotronic)).toEqual({ min: '1.0', max: '1.0' });
  });
});

describe('compareMicroversions', () => {
  it('compares numerically, and names a malformed version', () => {
    expect(compareMicroversions('2.9', '2.10')).toBeLessThan(0);
    expect(compareMicroversions('3.0', '2.104')).toBeGreaterThan(0);
    expect(() => compareMicroversions('2.1', 'latest')).toThrow(/not a microversion: "latest"/);
  });
});
