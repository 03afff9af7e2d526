/**
 * Malformed input must end in one readable report: the file, the JSON pointer of the offending
 * node (and its line where the generator can locate it), exit code 1, no stack trace, and nothing
 * written. Every case runs twice: through `generate()` (structured SpecError fields) and through
 * the CLI's `main()` (the text a user sees).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { generate } from '../src/pipeline/generate.js';
import type { SpecError } from '../src/diagnostics/spec-error.js';
import { captureIo, fakeOpenStackRepo, fixture, realPackage, removeTempDirs, snapshotTree, specProblems, STACK_FRAME } from './helpers/repo.js';

afterAll(removeTempDirs);

/** main() generates the real package list; compute comes first, so its spec is the one broken here. */
const COMPUTE = realPackage('openstack-compute');
const COMPUTE_ID = COMPUTE.inputs[0]!;
const COMPUTE_OVERLAY = COMPUTE.overlays![0]!;
const specPath = (file: string) => `specs/upstream/${COMPUTE_ID}/${file}`;
const OVERLAY_PATH = `specs/overlays/${COMPUTE_OVERLAY}`;

interface Expected {
  message: RegExp;
  file: string;
  pointer?: string;
  /** Exact line, or 'located' when only its presence is asserted. */
  line?: number | 'located';
  hint?: RegExp;
}

interface Setup {
  /** Spec file name under specs/upstream/openstack/compute/ and its text (null: not pulled). */
  spec: { file: string; text: string | null };
  /** Replacement for the compute overlay. */
  overlay?: string;
}

async function malformedSpec(name: string): Promise<Setup> {
  return { spec: { file: name, text: await fixture(`malformed/${name}`) } };
}

async function malformedOverlay(name: string): Promise<Setup> {
  return { spec: { file: 'compute.yaml', text: await fixture('valid/compute.yaml') }, overlay: await fixture(`malformed/${name}`) };
}

function repoFor(setup: Setup): Promise<string> {
  return fakeOpenStackRepo({ specs: { [COMPUTE_ID]: setup.spec }, ...(setup.overlay ? { overlays: { [COMPUTE_OVERLAY]: setup.overlay } } : {}) });
}

function findProblem(problems: readonly SpecError[], expected: Expected): SpecError {
  const problem = problems.find((p) => expected.message.test(p.message));
  if (!problem) throw new Error(`no problem matches ${expected.message}; got:\n${problems.map((p) => p.format()).join('\n')}`);
  return problem;
}

/** Asserts the structured error from generate() and the CLI report from main(). */
async function expectReported(setup: Setup, expected: Expected | Expected[]): Promise<void> {
  const all = Array.isArray(expected) ? expected : [expected];
  const root = await repoFor(setup);

  const problems = await specProblems(() => generate({ root, packages: [COMPUTE] }));
  expect(problems).toHaveLength(all.length);
  for (const e of all) {
    const problem = findProblem(problems, e);
    expect(problem.file).toBe(e.file);
    expect(problem.pointer).toBe(e.pointer);
    if (e.line === 'located') expect(problem.line).toBeTypeOf('number');
    else if (e.line !== undefined) expect(problem.line).toBe(e.line);
    if (e.hint) expect(problem.hint).toMatch(e.hint);
  }

  const { io, errText } = captureIo();
  const code = await main(['generate', '--root', root], io);
  const text = errText();
  const lines = text.split('\n');
  expect(code).toBe(1);
  for (const e of all) {
    expect(text).toMatch(new RegExp(`^error: .*${e.message.source}`, 'm'));
    expect(lines).toContain(`  file:    ${e.file}`);
    if (e.pointer !== undefined) expect(lines).toContain(`  pointer: ${e.pointer === '' ? '(document root)' : e.pointer}`);
    if (e.line !== undefined) expect(text).toMatch(new RegExp(`^  line:    ${e.line === 'located' ? '\\d+' : e.line}(:\\d+)?$`, 'm'));
  }
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toMatch(/TypeError|ReferenceError/);
  // Nothing is generated when any input is broken.
  expect((await snapshotTree(join(root, 'packages'))).size).toBe(0);
}

describe('malformed specs: syntax', () => {
  it('bad JSON syntax names the file and the line', async () => {
    await expectReported(await malformedSpec('bad-json-syntax.json'), { message: /invalid JSON/, file: specPath('bad-json-syntax.json'), line: 6 });
  });

  it('bad YAML syntax names the file and the line', async () => {
    await expectReported(await malformedSpec('bad-yaml-syntax.yaml'), { message: /invalid YAML/, file: specPath('bad-yaml-syntax.yaml'), line: 11 });
  });

  it('a duplicate YAML key is an error, not "last one wins"', async () => {
    await expectReported(await malformedSpec('duplicate-yaml-key.yaml'), { message: /invalid YAML: .*(duplicate|unique)/i, file: specPath('duplicate-yaml-key.yaml'), line: 11 });
  });

  it('an empty file names the document root', async () => {
    await expectReported(await malformedSpec('empty.yaml'), { message: /empty/, file: specPath('empty.yaml'), pointer: '' });
  });

  it('a spec that was never pulled says so and suggests pulling', async () => {
    await expectReported({ spec: { file: 'v2.104.yaml', text: null } }, { message: /spec file not found/, file: specPath('v2.104.yaml'), hint: /specs:pull/ });
  });

  it('a YAML file with two documents is reported, not a TypeError', async () => {
    await expectReported(await malformedSpec('multiple-documents.yaml'), { message: /invalid YAML/, file: specPath('multiple-documents.yaml') });
  });
});

describe('malformed specs: OpenAPI structure', () => {
  it('swagger 2.0 points at /swagger', async () => {
    await expectReported(await malformedSpec('swagger-2.yaml'), { message: /unsupported OpenAPI version "2\.0"/, file: specPath('swagger-2.yaml'), pointer: '/swagger', line: 1, hint: /3\.0\.x and 3\.1\.x/ });
  });

  it('a missing openapi version points at /openapi', async () => {
    await expectReported(await malformedSpec('missing-openapi-version.yaml'), { message: /unsupported OpenAPI version null/, file: specPath('missing-openapi-version.yaml'), pointer: '/openapi', line: 1 });
  });

  it('a dangling $ref names the pointer and line of the $ref', async () => {
    await expectReported(await malformedSpec('dangling-ref.yaml'), {
      message: /dangling \$ref "#\/components\/schemas\/Server"/,
      file: specPath('dangling-ref.yaml'),
      pointer: '/paths/~1v2.1~1servers/get/responses/200/content/application~1json/schema/$ref',
      line: 14,
    });
  });

  it('an external $ref is rejected with a hint to bundle', async () => {
    await expectReported(await malformedSpec('external-ref.yaml'), {
      message: /external \$ref "common\.yaml#\/components\/schemas\/Server"/,
      file: specPath('external-ref.yaml'),
      pointer: '/paths/~1v2.1~1servers/get/responses/200/content/application~1json/schema/$ref',
      line: 14,
      hint: /bundle/,
    });
  });

  it('an unknown schema type in components', async () => {
    await expectReported(await malformedSpec('unknown-type-component.yaml'), {
      message: /unknown schema type "strnig"/,
      file: specPath('unknown-type-component.yaml'),
      pointer: '/components/schemas/Server/properties/name/type',
      line: 17,
    });
  });

  it('an unknown schema type inline in a response', async () => {
    await expectReported(await malformedSpec('unknown-type-inline.yaml'), {
      message: /unknown schema type "strnig"/,
      file: specPath('unknown-type-inline.yaml'),
      pointer: '/paths/~1v2.1~1servers/get/responses/200/content/application~1json/schema/properties/name/type',
      line: 17,
    });
  });

  it('a duplicate operationId points at the second use and names the first', async () => {
    await expectReported(await malformedSpec('duplicate-operation-id.yaml'), {
      message: /duplicate operationId "servers_list" \(first used at \/paths\/~1v2\.1~1servers\/get\/operationId\)/,
      file: specPath('duplicate-operation-id.yaml'),
      pointer: '/paths/~1v2.1~1servers~1detail/get/operationId',
      line: 14,
    });
  });

  it('an invalid parameter location (in: body)', async () => {
    await expectReported(await malformedSpec('invalid-parameter-location.yaml'), {
      message: /parameter "server" has invalid location "body"/,
      file: specPath('invalid-parameter-location.yaml'),
      pointer: '/paths/~1v2.1~1servers/post/parameters/0/in',
      line: 14,
      hint: /path, query, header, cookie/,
    });
  });

  it('an invalid response status key', async () => {
    await expectReported(await malformedSpec('invalid-response-status.yaml'), {
      message: /invalid response status "OK"/,
      file: specPath('invalid-response-status.yaml'),
      pointer: '/paths/~1v2.1~1servers/get/responses/OK',
      line: 'located',
    });
  });

  it('a path that does not start with /', async () => {
    await expectReported(await malformedSpec('path-without-slash.yaml'), {
      message: /path "v2\.1\/flavors" must start with "\/"/,
      file: specPath('path-without-slash.yaml'),
      pointer: '/paths/v2.1~1flavors',
      line: 'located',
    });
  });

  it('a problem about a key is located on the key\'s line', async () => {
    await expectReported(await malformedSpec('path-without-slash.yaml'), {
      message: /must start with "\/"/,
      file: specPath('path-without-slash.yaml'),
      pointer: '/paths/v2.1~1flavors',
      line: 11,
    });
  });

  it('reports every problem of a document together', async () => {
    const file = specPath('several-problems.yaml');
    await expectReported(await malformedSpec('several-problems.yaml'), [
      { message: /dangling \$ref "#\/components\/schemas\/Missing"/, file, pointer: '/paths/~1v2.1~1servers/get/responses/200/content/application~1json/schema/$ref', line: 15 },
      { message: /duplicate operationId "servers_list"/, file, pointer: '/paths/~1v2.1~1servers~1detail/get/operationId', line: 18 },
      { message: /unknown schema type "strnig"/, file, pointer: '/components/schemas/Server/type', line: 25 },
    ]);
  });

  it('the line is exact under an unquoted status code (200: rather than \'200\':)', async () => {
    await expectReported(await malformedSpec('dangling-ref-unquoted-status.yaml'), {
      message: /dangling \$ref/,
      file: specPath('dangling-ref-unquoted-status.yaml'),
      pointer: '/paths/~1v2.1~1servers/get/responses/200/content/application~1json/schema/$ref',
      line: 14,
    });
  });

  it('a missing info.version is reported', async () => {
    await expectReported(await malformedSpec('missing-info-version.yaml'), { message: /version/, file: specPath('missing-info-version.yaml'), pointer: '/info/version' });
  });

  it('a response that is not an object is reported, not a TypeError', async () => {
    await expectReported(await malformedSpec('response-not-object.yaml'), { message: /response/, file: specPath('response-not-object.yaml'), pointer: '/paths/~1v2.1~1servers/get/responses/200' });
  });
});

describe('malformed specs: overlays and transforms', () => {
  it('an overlay target that matches nothing names the overlay file and action', async () => {
    await expectReported(await malformedOverlay('overlay-target-matches-nothing.overlay.yaml'), {
      message: /overlay target matches nothing: \$\.paths\['\/v2\.1\/flavors'\]\.get/,
      file: OVERLAY_PATH,
      pointer: '/actions/1/target',
      line: 9,
      hint: /upstream spec changed/,
    });
  });

  it('an overlay with an invalid JSONPath names the overlay file and action', async () => {
    await expectReported(await malformedOverlay('overlay-invalid-jsonpath.overlay.yaml'), {
      message: /invalid JSONPath target \$\.paths\[\?\(@\.get ==\]/,
      file: OVERLAY_PATH,
      pointer: '/actions/0/target',
      line: 6,
    });
  });

  it('an overlay that breaks the document is caught by validation after transforms', async () => {
    await expectReported(await malformedOverlay('overlay-breaks-document.overlay.yaml'), {
      message: /dangling \$ref "#\/components\/schemas\/DoesNotExist"/,
      file: `${specPath('compute.yaml')} (after overlays and transforms)`,
      // The pointer is into the transformed document: /v2.1 is already stripped.
      pointer: '/paths/~1servers/get/responses/200/content/application~1json/schema/$ref',
    });
  });

  it('a stripPathPrefix collision names both paths', async () => {
    await expectReported(await malformedSpec('prefix-collision.yaml'), {
      message: /stripping "\/v2\.1" maps both "\/v2\.1" and "\/v2\.1\/" to "\/"/,
      file: specPath('prefix-collision.yaml'),
      pointer: '/paths/~1v2.1~1',
      hint: /dropPaths/,
    });
  });

  it('a readme example path that does not exist after transforms names the package config', async () => {
    await expectReported(await malformedSpec('no-readme-example.yaml'), {
      message: /readme example GET \/servers does not exist in @stratus\/openstack-compute/,
      file: 'generator/src/config/packages.config.ts',
      hint: /exists after transforms/,
    });
  });
});

describe('valid specs with keyword-like names', () => {
  it('properties literally named type, $ref, schema, items, properties, allOf do not error', async () => {
    const root = await repoFor({ spec: { file: 'property-names.yaml', text: await fixture('valid/property-names.yaml') } });
    const { io, errText } = captureIo();
    expect(await main(['generate', '--root', root], io), errText()).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const schema = await readFile(join(root, COMPUTE.directory, 'src/generated/schema.ts'), 'utf8');
    // The property names survive as properties of the emitted types.
    expect(schema).toMatch(/Keywords: \{[^]*?type: "strnig" \| "object";[^]*?\$ref: string;[^]*?properties\?: boolean;[^]*?allOf\?: string;/);
  });

  it('a "$ref" key inside example data is reported with its pointer and a hint, not a crash', async () => {
    // openapi-typescript resolves $ref wherever it stands, example data included.
    const root = await repoFor({ spec: { file: 'example-with-ref-key.yaml', text: await fixture('valid/example-with-ref-key.yaml') } });
    const { io, errText } = captureIo();
    expect(await main(['generate', '--root', root], io)).toBe(1);
    expect(errText()).toContain('/example/$ref');
    expect(errText()).toContain('inside example data');
    expect(errText()).not.toMatch(/\n\s+at /);
  });
});
