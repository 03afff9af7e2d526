import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { SpecError } from '../../diagnostics/spec-error.js';
import type { OpenApiDocument, Operation, PathItem } from '../openapi-document.js';
import type { Reader, ReaderInputFile } from '../reader.js';
import { parseActorSpec, type ActorMethod, type ActorVar } from './parse-actor-spec.js';

type JsonSchema = Record<string, unknown>;

/** ItsYou.online JWT (`Authorization: bearer <jwt>`) or a legacy session key (`authkey`). */
export const OPENVCLOUD_SECURITY_SCHEMES = {
  itsyouonline: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'ItsYou.online JWT (client credentials), sent as `Authorization: bearer <jwt>`' },
  authkey: { type: 'apiKey', in: 'query', name: 'authkey', description: 'Session key from cloudapi/users/authenticate (the portal also accepts it as `Authorization: authkey <key>`)' },
} as const;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SCALARS: Record<string, JsonSchema> = {
  int: { type: 'integer' },
  integer: { type: 'integer' },
  long: { type: 'integer' },
  float: { type: 'number' },
  number: { type: 'number' },
  bool: { type: 'boolean' },
  boolean: { type: 'boolean' },
  str: { type: 'string' },
  string: { type: 'string' },
  list: { type: 'array', items: {} },
  '[]': { type: 'array', items: {} },
  dict: { type: 'object', additionalProperties: true },
  object: { type: 'object', additionalProperties: true },
  obj: {},
  any: {},
};

/** `int`, `list(int)`, `[str]` → JSON schema; undefined when the type is unknown. */
export function actorTypeSchema(type: string): JsonSchema | undefined {
  const normalized = type.trim().toLowerCase();
  const scalar = SCALARS[normalized];
  if (scalar) return structuredClone(scalar);
  const list = /^list\((.+)\)$/.exec(normalized) ?? /^\[(.+)\]$/.exec(normalized);
  if (list) return { type: 'array', items: actorTypeSchema(list[1]!) ?? {} };
  return undefined;
}

/**
 * Result types are looser than var types upstream (`result:True`, `result:[externalnetwork]`,
 * `result:dict diskguid:snapshotguid`): unknown ones become "any JSON value", as in the portal's
 * docgenerator (which falls back to string).
 */
function resultSchema(type: string): JsonSchema {
  const first = type.trim().split(/\s+/)[0] ?? '';
  const known = actorTypeSchema(first);
  if (known) return known;
  if (/^\[.*\]$/.test(first)) return { type: 'array', items: {} };
  if (/^(true|false)$/i.test(first)) return { type: 'boolean' };
  return {};
}

function defaultValue(schema: JsonSchema, text: string): unknown {
  if (text === '') return undefined;
  switch (schema['type']) {
    case 'integer':
    case 'number': {
      const value = Number(text);
      return Number.isFinite(value) && (schema['type'] === 'number' || Number.isInteger(value)) ? value : undefined;
    }
    case 'boolean':
      return /^true$/i.test(text) ? true : /^false$/i.test(text) ? false : undefined;
    case 'string':
      return text.replace(/^(['"])(.*)\1$/, '$2');
    default:
      return undefined;
  }
}

function varSchema(variable: ActorVar, file: string): JsonSchema {
  const schema = actorTypeSchema(variable.type);
  if (!schema) {
    throw new SpecError({ message: `var ${variable.name} has unknown type ${JSON.stringify(variable.type)}`, file, line: variable.line, hint: 'known types: int, float, bool, str, list, list(<type>), dict, obj' });
  }
  const value = defaultValue(schema, variable.defaultText);
  return { ...(variable.description ? { description: variable.description } : {}), ...schema, ...(value !== undefined && variable.optional ? { default: value } : {}) };
}

/** `openvcloud/cloudapi__machines` (lock id) or `…/cloudapi__machines/actors.spec` → app `cloudapi`, actor `machines`. */
export function actorOf(file: ReaderInputFile): { app: string; actor: string } {
  for (const candidate of [file.id.split('/').pop() ?? '', basename(dirname(file.path)), basename(file.path).replace(/\.spec$/, '')]) {
    const match = /^([a-z][a-z0-9]*)__([A-Za-z][\w]*)$/.exec(candidate);
    if (match) return { app: match[1]!, actor: match[2]! };
  }
  throw new SpecError({ message: 'cannot tell the actor of this spec file', file: file.displayPath, hint: 'actor specs live in a folder named <app>__<actor>, e.g. cloudapi__machines/actors.spec' });
}

function summaryOf(description: string): string | undefined {
  const first = description.split('\n').find((line) => line.trim() !== '');
  return first?.trim();
}

function convertMethod(app: string, actor: string, method: ActorMethod, file: string): Operation {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const variable of method.vars) {
    if (variable.name in properties) throw new SpecError({ message: `method ${method.name} declares var ${variable.name} twice`, file, line: variable.line });
    properties[variable.name] = varSchema(variable, file);
    if (!variable.optional) required.push(variable.name);
  }
  const summary = summaryOf(method.description);
  // The docstring's first line is the summary; the rest (if any) the description.
  const rest = summary ? method.description.slice(method.description.indexOf(summary) + summary.length).replace(/^\s*\n/, '').trimEnd() : '';
  const operation: Operation = {
    operationId: `${app}_${actor}_${method.name}`,
    ...(summary ? { summary } : {}),
    ...(rest.trim() ? { description: rest } : {}),
    'x-stratus-api': app,
  };
  if (method.tags.includes('noauth')) operation.security = [];
  if (method.vars.length > 0) {
    operation.requestBody = {
      required: required.length > 0,
      content: {
        'application/json': {
          schema: { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false },
        },
      },
    };
  }
  const result = method.result;
  operation.responses = {
    '200': {
      description: result?.description || 'Success',
      content: { 'application/json': { schema: result ? resultSchema(result.type) : {} } },
    },
  };
  return operation;
}

/**
 * JumpScale actor specs (`[actor]` / `method:` / `var:` / `result:`) → one OpenAPI 3.1 document.
 * Every method is `POST /<app>/<actor>/<method>` relative to the portal's `/restmachine` base, with
 * a JSON body; operations are tagged `x-stratus-api: <app>` (`cloudapi`, `cloudbroker`) so that each
 * app gets its own entry point.
 */
export const openvcloudReader: Reader = {
  name: 'openvcloud',
  async read(files) {
    if (files.length === 0) throw new SpecError({ message: 'the openvcloud reader needs at least one actor spec file', file: '(none)' });
    const parsed = await Promise.all(
      files.map(async (file) => {
        let text: string;
        try {
          text = await readFile(file.path, 'utf8');
        } catch {
          throw new SpecError({ message: 'spec file not found', file: file.displayPath, hint: 'run `pnpm specs:pull` (upstream specs) or check the path in the package config' });
        }
        return { file, ...actorOf(file), spec: parseActorSpec(text, file.displayPath) };
      }),
    );
    parsed.sort((a, b) => compare(`${a.app}/${a.actor}`, `${b.app}/${b.actor}`) || compare(a.file.displayPath, b.file.displayPath));
    const paths: Record<string, PathItem> = {};
    const origin = new Map<string, string>();
    for (const { file, app, actor, spec } of parsed) {
      const seen = new Set<string>();
      for (const method of spec.methods) {
        const path = `/${app}/${actor}/${method.name}`;
        const previous = origin.get(path);
        if (previous !== undefined && !seen.has(path)) {
          throw new SpecError({ message: `${path} is also defined by ${previous}`, file: file.displayPath, line: method.line, hint: 'two spec files describe the same actor; drop one from the package inputs' });
        }
        // A method declared twice in one actor (cloudbroker__account: deleteAccounts): the later one
        // wins, as on the portal, where the methods end up keyed by name.
        seen.add(path);
        origin.set(path, file.displayPath);
        paths[path] = { post: convertMethod(app, actor, method, file.displayPath) };
      }
    }
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 'OpenvCloud API', version: '2.4', description: 'OpenvCloud (G8) portal API, from the JumpScale actor specs. Paths are relative to https://<g8>/restmachine.' },
      security: [{ itsyouonline: [] }, { authkey: [] }],
      paths,
      components: {
        schemas: {},
        securitySchemes: structuredClone(OPENVCLOUD_SECURITY_SCHEMES) as unknown as Record<string, { type: string }>,
      },
    };
    return document;
  },
};
