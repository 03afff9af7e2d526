/**
 * The classification rules on a tiny OpenvCloud actor spec, through the OpenvCloud reader. Actor
 * specs have no enums and no deprecation marks, so those rules cannot arise in this dialect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageConfig } from '../../src/config/package-config.js';
import { changesBetween, only } from '../helpers/surface.js';
import { realPackage, removeTempDirs } from '../helpers/repo.js';

afterAll(removeTempDirs);

// The package's overlay targets the real cloudapi actors; these tests read a made-up one.
const OPENVCLOUD: PackageConfig = { ...realPackage('openvcloud'), inputs: [], overlays: [] };
const ENTRY = '@stratus/openvcloud/cloudapi';

const BASE = `[actor] @dbtype:mem,osis
    """
    Things.
    """
    method:create
        """
        Create a thing
        """
        var:name str,,name of the thing
        var:size float,10, size in GB @optional
        result:int, id of the thing

    method:get
        """
        Get a thing
        """
        var:thingId int,,id of the thing
        result:dict, the thing

    method:delete
        """
        Delete a thing
        """
        var:thingId int,,id of the thing
        result:bool
`;

async function update(change: (spec: string) => string) {
  const after = change(BASE);
  expect(after, 'the test must change the spec').not.toBe(BASE);
  return changesBetween(OPENVCLOUD, { 'openvcloud/cloudapi__things': BASE }, { 'openvcloud/cloudapi__things': after });
}

const methodBlock = (name: string) => new RegExp(`\\n    method:${name}\\n[\\s\\S]*?(?=\\n    method:|$)`);

describe('classification, OpenvCloud actor dialect', () => {
  it('removed method: breaking', async () => {
    const { bump, changes } = await update((spec) => spec.replace(methodBlock('delete'), '\n'));
    expect(changes).toEqual([{ operation: 'POST /cloudapi/things/delete', kind: 'removed', breaking: true, detail: 'operation removed', level: 'major', rule: 'operation-removed', entryPoint: ENTRY }]);
    expect(bump).toBe('major');
  });

  it('new required argument: breaking; new optional one: minor', async () => {
    const required = await update((spec) => spec.replace('        result:int, id of the thing', '        var:color str,,its color\n        result:int, id of the thing'));
    expect(only(required.changes, 'property-added-required')).toMatchObject({ operation: 'POST /cloudapi/things/create', direction: 'request', breaking: true, detail: 'request body: property "color" added (required)' });
    const optional = await update((spec) => spec.replace('        result:int, id of the thing', '        var:color str,,its color @optional\n        result:int, id of the thing'));
    expect(only(optional.changes, 'property-added-optional')).toMatchObject({ breaking: false, level: 'minor' });
    expect(optional.bump).toBe('minor');
  });

  it('removed argument: breaking', async () => {
    const { changes } = await update((spec) => spec.replace('        var:size float,10, size in GB @optional\n', ''));
    expect(only(changes, 'property-removed')).toMatchObject({ operation: 'POST /cloudapi/things/create', detail: 'request body: property "size" removed', breaking: true });
  });

  it('narrowed argument type (float → int): breaking', async () => {
    const { changes } = await update((spec) => spec.replace('var:size float,10', 'var:size int,10'));
    expect(only(changes, 'type-narrowed')).toMatchObject({ detail: 'request body › size: type number → integer', breaking: true });
  });

  it('retyped result: breaking', async () => {
    const { changes } = await update((spec) => spec.replace('result:int, id of the thing', 'result:str, id of the thing'));
    expect(only(changes, 'type-changed')).toMatchObject({ operation: 'POST /cloudapi/things/create', direction: 'response', detail: 'response 200: type integer → string', breaking: true });
  });

  it('new method: minor', async () => {
    const { bump, changes } = await update((spec) => `${spec}\n    method:list\n        """\n        List things\n        """\n        result:[], things\n`);
    expect(changes).toEqual([expect.objectContaining({ operation: 'POST /cloudapi/things/list', kind: 'added', breaking: false, rule: 'operation-added' })]);
    expect(bump).toBe('minor');
  });

  it('documentation only: patch', async () => {
    const { bump, changes } = await update((spec) => spec.replace('Delete a thing', 'Delete a thing for good'));
    expect(changes).toEqual([expect.objectContaining({ operation: 'POST /cloudapi/things/delete', rule: 'operation-docs-changed', level: 'patch', breaking: false })]);
    expect(bump).toBe('patch');
  });
});
