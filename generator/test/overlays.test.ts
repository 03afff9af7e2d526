/**
 * OpenAPI Overlay 1.0 as the generator applies it: update merges objects recursively, appends to
 * arrays and replaces primitives; remove deletes object keys and array items; targets are JSONPath
 * (filters included); actions apply in order; invalid overlays name the file and pointer.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { applyOverlay, readOverlay, type LoadedOverlay } from '../src/transforms/apply-overlay.js';
import { SpecError } from '../src/diagnostics/spec-error.js';
import { captureIo, fakeOpenStackRepo, fixture, FIXTURES, realPackage, removeTempDirs, tempDir, writeFiles } from './helpers/repo.js';

afterAll(removeTempDirs);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, navigated freely in assertions
type Doc = Record<string, any>;

async function base(): Promise<Doc> {
  return parse(await fixture('overlays/base.yaml')) as Doc;
}

function fixtureOverlay(name: string): Promise<LoadedOverlay> {
  return readOverlay(join(FIXTURES, 'overlays', name), `specs/overlays/${name}`);
}

const DISPLAY = 'specs/overlays/test/broken.overlay.yaml';

async function overlayFrom(text: string): Promise<LoadedOverlay> {
  const dir = await tempDir();
  await writeFiles(dir, { 'broken.overlay.yaml': text });
  return readOverlay(join(dir, 'broken.overlay.yaml'), DISPLAY);
}

async function overlayError(text: string, document?: Doc): Promise<SpecError> {
  try {
    const overlay = await overlayFrom(text);
    applyOverlay(document ?? (await base()), overlay);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return error as SpecError;
  }
  throw new Error('expected the overlay to be rejected');
}

const HEAD = 'overlay: 1.0.0\ninfo:\n  title: t\n  version: 1.0.0\n';

describe('overlay semantics', () => {
  it('update merges objects recursively, appends to arrays, replaces primitives; remove deletes keys and items', async () => {
    const result = applyOverlay(await base(), await fixtureOverlay('semantics.overlay.yaml'));

    expect(result['info']).toEqual({
      title: 'Patched title',
      version: '1.0',
      description: 'Patched.',
      contact: { name: 'Stratus', email: 'upstream@example.com' },
    });
    expect(result['tags']).toEqual([{ name: 'servers' }, { name: 'flavors' }]);

    const servers = (result['paths'] as Doc)['/servers'];
    expect(servers.get.tags).toEqual(['servers', 'compute']);
    expect(servers.get.operationId).toBe('servers_list');
    expect(Object.keys(servers.post.responses)).toEqual(['400']);
    expect(servers.get.parameters.map((p: Doc) => p['name'])).toEqual(['limit', 'X-Trace']);

    const schemas = (result['components'] as Doc)['schemas'];
    expect(schemas.Server.additionalProperties).toBe(false);
    expect(schemas.Flavor.additionalProperties).toBe(false);
    expect(schemas.Name).toEqual({ type: 'string' });
    // Every match got its own copy of the update value.
    schemas.Server['x-labels'].push('mutated');
    expect(schemas.Flavor['x-labels']).toEqual([]);
  });

  it('an array update value is concatenated onto an array target', async () => {
    const overlay = await overlayFrom(`${HEAD}actions:\n  - target: $.tags\n    update:\n      - name: a\n      - name: b\n`);
    expect(applyOverlay(await base(), overlay)['tags']).toEqual([{ name: 'servers' }, { name: 'a' }, { name: 'b' }]);
  });

  it('an object update replaces a primitive value, and a primitive replaces an object', async () => {
    const overlay = await overlayFrom(`${HEAD}actions:\n  - target: $.components.schemas.Name\n    update: {type: integer, minimum: 0}\n  - target: $.info\n    update:\n      contact: nobody\n`);
    const result = applyOverlay(await base(), overlay);
    expect((result['components'] as Doc)['schemas'].Name).toEqual({ type: 'integer', minimum: 0 });
    expect((result['info'] as Doc)['contact']).toBe('nobody');
  });

  it('the root ($) can be updated', async () => {
    const overlay = await overlayFrom(`${HEAD}actions:\n  - target: $\n    update:\n      x-stratus: {patched: true}\n      info: {summary: root}\n`);
    const result = applyOverlay(await base(), overlay);
    expect(result['x-stratus']).toEqual({ patched: true });
    expect((result['info'] as Doc)['summary']).toBe('root');
    expect((result['info'] as Doc)['title']).toBe('Overlay target (test fixture)');
  });

  it('actions apply in order, each seeing the previous ones', async () => {
    const result = applyOverlay(await base(), await fixtureOverlay('ordered-actions.overlay.yaml'));
    const schemas = (result['components'] as Doc)['schemas'];
    expect((result['paths'] as Doc)['/servers'].post.responses['202']).toEqual({ description: 'Accepted (patched by action 2)' });
    expect(schemas.Server.properties).toEqual({ id: { type: 'string' }, issued_at: { type: 'string', format: 'date-time' } });
    expect(schemas.Flavor.properties).toEqual({ name: { type: 'string' } });
    expect((result['info'] as Doc)['version']).toBe('3.0');
  });

  it('the same actions in another order fail: a later target depends on an earlier action', async () => {
    const overlay = await overlayFrom(`${HEAD}actions:
  - target: $.paths['/servers'].post.responses['202']
    update: {description: too early}
  - target: $.paths['/servers'].post.responses
    update: {'202': {description: Accepted}}
`);
    let error: unknown;
    try {
      applyOverlay(await base(), overlay);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ pointer: '/actions/0/target', message: expect.stringMatching(/matches nothing/) });
  });
});

describe('invalid overlays name the overlay file and the pointer', () => {
  const cases: { title: string; text: string; pointer: string; message: RegExp; line: number }[] = [
    { title: 'missing overlay version', text: 'info:\n  title: t\n  version: 1.0.0\nactions:\n  - target: $.info\n    update: {description: x}\n', pointer: '/overlay', message: /not an Overlay 1\.x document/, line: 1 },
    { title: 'unsupported overlay version', text: 'overlay: 2.0.0\ninfo:\n  title: t\n  version: 1.0.0\nactions:\n  - target: $.info\n    update: {description: x}\n', pointer: '/overlay', message: /not an Overlay 1\.x document/, line: 1 },
    { title: 'empty actions', text: `${HEAD}actions: []\n`, pointer: '/actions', message: /non-empty actions list/, line: 5 },
    { title: 'no actions at all', text: HEAD, pointer: '/actions', message: /non-empty actions list/, line: 1 },
    { title: 'action without target', text: `${HEAD}actions:\n  - update: {description: x}\n`, pointer: '/actions/0/target', message: /action has no target/, line: 6 },
    { title: 'action without update or remove', text: `${HEAD}actions:\n  - target: $.info\n    update: {description: x}\n  - target: $.info\n    description: does nothing\n`, pointer: '/actions/1', message: /either update or remove: true/, line: 8 },
    { title: 'remove: false and no update', text: `${HEAD}actions:\n  - target: $.info\n    remove: false\n`, pointer: '/actions/0', message: /either update or remove: true/, line: 6 },
    { title: 'a target that matches nothing', text: `${HEAD}actions:\n  - target: $.info\n    update: {description: x}\n  - target: $.paths['/flavors']\n    remove: true\n`, pointer: '/actions/1/target', message: /matches nothing: \$\.paths\['\/flavors'\]/, line: 8 },
    { title: 'an invalid JSONPath', text: `${HEAD}actions:\n  - target: $.paths[?(@.get ==]\n    remove: true\n`, pointer: '/actions/0/target', message: /invalid JSONPath target/, line: 6 },
    { title: 'a filter that throws on a node without the field', text: `${HEAD}actions:\n  - target: $.components.schemas..[?(@.issues_at.type)]\n    remove: true\n`, pointer: '/actions/0/target', message: /invalid JSONPath target/, line: 6 },
  ];

  for (const c of cases) {
    it(c.title, async () => {
      const error = await overlayError(c.text);
      expect(error.file).toBe(DISPLAY);
      expect(error.pointer).toBe(c.pointer);
      expect(error.message).toMatch(c.message);
      expect(error.line).toBe(c.line);
    });
  }

  it('a missing overlay file names its path', async () => {
    await expect(readOverlay(join(await tempDir(), 'nope.overlay.yaml'), 'specs/overlays/nope.overlay.yaml')).rejects.toMatchObject({ name: 'SpecError', file: 'specs/overlays/nope.overlay.yaml', message: 'overlay file not found' });
  });

  it('through the CLI: exit 1, overlay file and pointer on stderr, no stack trace', async () => {
    const compute = realPackage('openstack-compute');
    const root = await fakeOpenStackRepo({ overlays: { [compute.overlays![0]!]: `${HEAD}actions:\n  - target: $.info\n    remove: false\n` } });
    const { io, errText } = captureIo();
    expect(await main(['generate', '--root', root], io)).toBe(1);
    expect(errText()).toContain(`file:    specs/overlays/${compute.overlays![0]}`);
    expect(errText()).toContain('pointer: /actions/0');
    expect(errText()).toMatch(/^  line:    6:\d+$/m);
    expect(errText()).not.toMatch(/^\s+at /m);
  });
});
