import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readers } from '../../src/readers/readers.js';
import { openvcloudReader } from '../../src/readers/openvcloud/openvcloud-reader.js';
import { buildDocument } from '../../src/pipeline/build-package.js';
import { realPackage, removeTempDirs, specProblems, tempDir, writeFiles } from '../helpers/repo.js';
import type { ReaderInputFile } from '../../src/readers/reader.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UPSTREAM = join(ROOT, 'specs/upstream/openvcloud/actor-specs');

afterEach(removeTempDirs);

function input(dir: string, file = 'actors.spec', base = FIXTURES): ReaderInputFile {
  return { id: `openvcloud/${dir}`, path: join(base, dir, file), displayPath: `specs/${dir}/${file}` };
}

async function specText(text: string, dir = 'cloudapi__bad'): Promise<ReaderInputFile> {
  const root = await tempDir();
  await writeFiles(root, { [`${dir}/actors.spec`]: text });
  return input(dir, 'actors.spec', root);
}

describe('openvcloud reader', () => {
  it('is registered', () => {
    expect(readers.openvcloud).toBe(openvcloudReader);
  });

  it('turns methods into POST /<app>/<actor>/<method> with JSON bodies', async () => {
    const document = await openvcloudReader.read([input('cloudapi__things')]);
    expect(Object.keys(document.paths)).toEqual(['/cloudapi/things/create', '/cloudapi/things/list', '/cloudapi/things/ping']);
    const create = document.paths['/cloudapi/things/create']!.post!;
    expect(create).toMatchObject({ operationId: 'cloudapi_things_create', summary: 'Create a thing', description: 'The user needs write access', 'x-stratus-api': 'cloudapi' });
    expect(create.security).toBeUndefined();
    expect(create.requestBody).toEqual({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              name: { description: 'name of the thing', type: 'string' },
              size: { description: 'size in GB', type: 'integer', default: 10 },
              ratio: { description: 'ratio', type: 'number' },
              tags: { description: 'tags of the thing', type: 'array', items: { type: 'string' } },
              extra: { description: 'Object or string' },
              force: { description: 'force it', type: 'boolean', default: false },
            },
            required: ['name'],
            additionalProperties: false,
          },
        },
      },
    });
    expect(create.responses).toEqual({ '200': { description: 'id of the thing', content: { 'application/json': { schema: { type: 'integer' } } } } });
    const list = document.paths['/cloudapi/things/list']!.post!;
    expect(list.security).toEqual([]);
    expect(list.requestBody).toBeUndefined();
    expect((list.responses!['200'] as { content: unknown }).content).toEqual({ 'application/json': { schema: { type: 'array', items: {} } } });
    expect(document.paths['/cloudapi/things/ping']!.post!.summary).toBeUndefined();
    expect(document.security).toEqual([{ itsyouonline: [] }, { authkey: [] }]);
  });

  it.each([
    ['var outside a method', '[actor]\n    var:x int,,x\n', 2, /var: outside a method/],
    ['a malformed var', '[actor]\n    method:a\n        var:x\n', 3, /malformed var/],
    ['an unknown type', '[actor]\n    method:a\n        var:x widget,,x\n', 3, /unknown type "widget"/],
    ['garbage', '[actor]\n    method:a\n    what is this\n', 3, /unrecognised line/],
    ['no [actor]', '    method:a\n', 1, /expected the \[actor\] line/],
    ['an unterminated docstring', '[actor]\n    method:a\n        """\n        text\n', 3, /unterminated/],
    ['a bad method name', '[actor]\n    method:1a\n', 2, /invalid method name/],
    ['two results', '[actor]\n    method:a\n        result:bool\n        result:int\n', 4, /second result/],
  ])('reports %s with file and line', async (_label, text, line, message) => {
    const file = await specText(text);
    const [problem] = await specProblems(() => openvcloudReader.read([file]));
    expect(problem!.message).toMatch(message);
    expect(problem!.file).toBe(file.displayPath);
    expect(problem!.line).toBe(line);
  });

  it('needs the actor from the folder name', async () => {
    const root = await tempDir();
    await writeFiles(root, { 'things/actors.spec': '[actor]\n' });
    const [problem] = await specProblems(() => openvcloudReader.read([{ id: 'x/things', path: join(root, 'things/actors.spec'), displayPath: 'things/actors.spec' }]));
    expect(problem!.message).toMatch(/cannot tell the actor/);
  });

  it('reads the 13 real actor specs: 95 cloudapi methods + the cloudbroker account actor', async () => {
    const dirs = readdirSync(UPSTREAM).sort();
    expect(dirs).toHaveLength(13);
    const files = dirs.map((dir) => input(dir, readdirSync(join(UPSTREAM, dir))[0]!, UPSTREAM));
    const document = await openvcloudReader.read(files);
    const paths = Object.keys(document.paths);
    expect(paths.filter((p) => p.startsWith('/cloudapi/'))).toHaveLength(95);
    expect(paths.filter((p) => p.startsWith('/cloudbroker/account/')).sort()).toEqual(
      ['addUser', 'create', 'delete', 'deleteAccounts', 'deleteUser', 'disable', 'enable', 'restore', 'update'].map((m) => `/cloudbroker/account/${m}`),
    );
    expect(document.paths['/cloudapi/accounts/getConsumption']!.post!.operationId).toBe('cloudapi_accounts_getConsumption');
    const noauth = paths.filter((p) => document.paths[p]!.post!.security?.length === 0).sort();
    expect(noauth).toEqual(['/cloudapi/locations/getUrl', '/cloudapi/locations/list', '/cloudapi/users/authenticate', '/cloudapi/users/isValidInviteUserToken']);
    expect(document.paths['/cloudbroker/account/create']!.post!['x-stratus-api']).toBe('cloudbroker');
    // getMatchingUsernames.limit has a default but no optional tag: required, like on the portal.
    expect((document.paths['/cloudapi/users/getMatchingUsernames']!.post!.requestBody as { content: { 'application/json': { schema: { required: string[] } } } }).content['application/json'].schema.required).toEqual(['usernameregex', 'limit']);
  });

  it('builds the real package document with the overlay (response shapes, later methods)', async () => {
    const config = realPackage('openvcloud');
    const dirs = readdirSync(UPSTREAM).sort();
    const { document } = await buildDocument(ROOT, config, dirs.map((dir) => input(dir, readdirSync(join(UPSTREAM, dir))[0]!, UPSTREAM)));
    const schemaOf = (path: string) => (document.paths[path]!.post!.responses!['200'] as { content: { 'application/json': { schema: unknown } } }).content['application/json'].schema;
    expect(schemaOf('/cloudapi/machines/create')).toEqual({ type: 'integer', description: 'id of the new machine' });
    expect(schemaOf('/cloudapi/images/list')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/OVCImageInfo' } });
    expect(schemaOf('/cloudapi/machines/get')).toEqual({ $ref: '#/components/schemas/OVCMachineInfo' });
    for (const path of ['/cloudapi/machines/createEmptyMachine', '/cloudapi/machines/getByReferenceId', '/cloudapi/disks/expose', '/cloudapi/disks/unexpose', '/cloudapi/ipsec/addTunnelToCloudspace', '/cloudapi/ipsec/removeTunnelFromCloudspace', '/cloudapi/ipsec/listTunnels', '/cloudapi/cloudspaces/setDefaultGateway']) {
      expect(document.paths[path]?.post?.['x-stratus-api'], path).toBe('cloudapi');
    }
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/cloudapi/'))).toHaveLength(103);
    const schemas = document.components!.schemas as Record<string, { additionalProperties?: unknown; required?: unknown }>;
    for (const [name, schema] of Object.entries(schemas).filter(([n]) => n.startsWith('OVC') && n !== 'OVCCloudSpaceInfo')) {
      expect(schema.additionalProperties, name).toBe(true);
      expect(schema.required, name).toBeUndefined();
    }
  });
});
