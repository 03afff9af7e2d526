import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOvhConfig } from '../src/config/load-ovh-config.js';
import { createIniStore, getIniValue, IniSyntaxError, readIni } from '../src/config/python-ini.js';
import { readConfigText } from '../src/config/read-config-text.js';
import { CONFIG_KEYS, CREDENTIAL_NAMES } from '../src/config/config-keys.js';
import { integer, pick, seededRandom, type Random } from './support/random-inputs.js';
import { runPython } from './support/run-python.js';

// Config files pinned to Python's configparser (the RawConfigParser python-ovh reads them with):
// the same files are read by Python and by @stratus/ovh/config, and the values — or the error and
// its line — must agree.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-ovh-python-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SPACES = ['', ' ', '  ', '\t', ' \t ', '\u00a0', '\u3000', '\u0085', '\u001f', '\ufeff'];
const KEYS = ['application_key', 'Application_Key', 'APPLICATION_SECRET', 'consumer_key', 'client_id', 'client_secret', 'endpoint', 'access_token', 'key with space', 'ключ', 'a.b', 'x'];
const SECTIONS = ['default', 'ovh-eu', 'ovh-ca', 'DEFAULT', 'Ovh-EU', 'ovh-eu ', 'a]b', 'http://127.0.0.1:8080/1.0', 'kimsufi-eu'];
const VALUES = ['my_app_key', 'ovh-ca', 'ovh-eu', '"quoted"', "'single'", 'a ; not a comment', 'b # not a comment', 'a=b', 'a:b', 'é✓😀', '', ' ', 'x\u2028y', '%(interp)s', 'C:\\path', '[not a section]', '#', ';'];

function line(random: Random): string {
  const kind = random();
  const space = () => pick(random, SPACES);
  if (kind < 0.12) return `${pick(random, ['', ' ', '\t'])}[${pick(random, SECTIONS)}]${pick(random, ['', ' ; comment', ' trailing', ']'])}`;
  if (kind < 0.55) return `${pick(random, ['', '', ' ', '\t'])}${pick(random, KEYS)}${space()}${pick(random, ['=', ':', ' = ', ': '])}${space()}${pick(random, VALUES)}${space()}`;
  if (kind < 0.68) return `${pick(random, [' ', '  ', '\t', '\u00a0'])}${pick(random, VALUES)}`;
  if (kind < 0.78) return `${pick(random, ['', ' ', '\t'])}${pick(random, ['#', ';'])}${pick(random, [' comment', '', ' key=value', '[section]'])}`;
  if (kind < 0.9) return pick(random, ['', ' ', '\t', '\u3000']);
  return pick(random, ['=value', 'novalue', ': x', '[]', '[', 'rem x', ' = ']);
}

function iniText(random: Random): string {
  const lines: string[] = [];
  if (random() < 0.85) lines.push(`[${pick(random, SECTIONS)}]`);
  for (let count = integer(random, 0, 10); count > 0; count--) lines.push(line(random));
  const newline = pick(random, ['\n', '\n', '\r\n', '\r']);
  return lines.join(newline) + (random() < 0.7 ? newline : '');
}

// What RawConfigParser holds after reading the files, or the error it raised and the line(s) at fault.
const PYTHON_READ = `
import configparser, json, sys
out = []
for files in json.load(sys.stdin):
    parser = configparser.RawConfigParser()
    try:
        parser.read(files)
    except configparser.Error as error:
        name = type(error).__name__
        lines = [lineno for lineno, _ in error.errors] if name == "ParsingError" else [error.lineno]
        out.append({"error": name, "lines": lines})
        continue
    out.append({
        "defaults": list(parser.defaults().items()),
        "sections": [[name, [[key, value] for key, value in parser._sections[name].items()]] for name in parser.sections()],
    })
print(json.dumps(out))
`;

type PythonRead = { error: string; lines: number[] } | { defaults: [string, string][]; sections: [string, [string, string][]][] };

function stratusRead(files: readonly string[]): PythonRead {
  const store = createIniStore();
  try {
    for (const file of files) {
      const read = readConfigText(file);
      if ('text' in read) readIni(store, read.text, file);
    }
  } catch (error) {
    if (error instanceof IniSyntaxError) return { error: error.pythonError, lines: [...error.lines] };
    throw error;
  }
  return {
    defaults: [...store.defaults].map(([key, { value }]) => [key, value]),
    sections: [...store.sections].map(([name, section]) => [name, [...section].map(([key, { value }]) => [key, value])]),
  };
}

describe("config files: Python's configparser", () => {
  it('reads hundreds of generated files (comments, quotes, continuations, odd whitespace, line endings) to the same values or the same error', () => {
    const random = seededRandom(1515);
    const cases = Array.from({ length: 600 }, (_, index) => {
      const path = join(root, `single-${index}.ini`);
      writeFileSync(path, iniText(random));
      return [path];
    });
    const python = runPython<PythonRead[]>(PYTHON_READ, cases);
    expect(cases.map(stratusRead)).toEqual(python);
    // The generated files cover both outcomes.
    expect(python.filter((result) => 'error' in result).length).toBeGreaterThan(50);
    expect(python.filter((result) => 'sections' in result && result.sections.length > 0).length).toBeGreaterThan(200);
  });

  it('merges several files as one parser reading them in order (sections extended, options replaced, duplicates within one file refused)', () => {
    const random = seededRandom(99);
    const cases = Array.from({ length: 300 }, (_, index) =>
      Array.from({ length: integer(random, 1, 4) }, (_, position) => {
        const path = join(root, `merge-${index}-${position}.ini`);
        const kind = random();
        if (kind < 0.1) mkdirSync(path);
        else if (kind > 0.15) writeFileSync(path, iniText(random));
        return path; // else: missing
      }),
    );
    expect(cases.map(stratusRead)).toEqual(runPython<PythonRead[]>(PYTHON_READ, cases));
  });

  it('keeps inline ; and # and quotes in values, lower-cases keys but not sections, and joins continuation lines', () => {
    const path = join(root, 'documented.ini');
    writeFileSync(path, '[DEFAULT]\nendpoint = ovh-ca\n[ovh-eu]\nApplication_Key: "my key" ; not a comment\nconsumer_key = first\n  second\n\n  third\n[OVH-EU]\nx=y\n');
    const store = createIniStore();
    const read = readConfigText(path);
    if (!('text' in read)) throw new Error(`${path} was not written`);
    readIni(store, read.text, path);
    expect(getIniValue(store, 'ovh-eu', 'application_key')?.value).toBe('"my key" ; not a comment');
    expect(getIniValue(store, 'ovh-eu', 'CONSUMER_KEY')?.value).toBe('first\nsecond\n\nthird');
    expect(getIniValue(store, 'ovh-eu', 'endpoint')?.value).toBe('ovh-ca'); // inherited from [DEFAULT]
    expect(getIniValue(store, 'nope', 'endpoint')).toBeUndefined(); // no section, no defaults either
    expect(getIniValue(store, 'OVH-EU', 'x')?.value).toBe('y');
    expect(stratusRead([path])).toEqual(runPython<PythonRead[]>(PYTHON_READ, [[path]])[0]);
  });
});

// python-ovh's ConfigurationManager: one RawConfigParser reads the files, lowest priority first
// (here with ~/.ovhrc where @stratus/ovh/config documents it), then Client() takes each value from
// its argument, else os.environ["OVH_" + NAME], else parser.get(section, name). python-ovh has no
// default endpoint; @stratus/ovh/config uses ovh-eu then, so the sections are looked up there.
const PYTHON_LOOKUP = `
import configparser, json, sys
out = []
for case in json.load(sys.stdin):
    parser = configparser.RawConfigParser()
    try:
        parser.read(case["files"])
        if case["configFile"] is not None:
            parser.read(case["configFile"])
    except configparser.Error as error:
        out.append({"error": type(error).__name__})
        continue
    def get(section, name):
        if "OVH_" + name.upper() in case["env"]:
            return case["env"]["OVH_" + name.upper()]
        try:
            return parser.get(section, name)
        except (configparser.NoSectionError, configparser.NoOptionError):
            return None
    endpoint = case["options"].get("endpoint")
    if endpoint is None:
        endpoint = get("default", "endpoint")
    section = "ovh-eu" if endpoint is None else endpoint
    values = {"endpoint": endpoint}
    for name, ini in case["keys"]:
        value = case["options"].get(name)
        values[name] = value if value is not None else get(section, ini)
    out.append(values)
print(json.dumps(out))
`;

describe('the configuration lookup of python-ovh', () => {
  it('resolves generated set-ups (files, folders, missing paths, [DEFAULT], empty values, variables, options) to the same values', () => {
    const random = seededRandom(4242);
    const keys = CREDENTIAL_NAMES.map((name) => [name, CONFIG_KEYS[name].ini] as const);
    const cases = Array.from({ length: 200 }, (_, index) => {
      const dir = join(root, `lookup-${index}`);
      const home = join(dir, 'home');
      const cwd = join(dir, 'project');
      mkdirSync(home, { recursive: true });
      mkdirSync(cwd);
      const system = join(dir, 'etc-ovh.conf');
      const files = [system, join(home, '.ovhrc'), join(home, '.ovh.conf'), join(cwd, 'ovh.conf')];
      const configFile = random() < 0.3 ? join(dir, 'custom.conf') : null;
      for (const path of configFile ? [...files, configFile] : files) {
        const kind = random();
        if (kind < 0.05) mkdirSync(path);
        else if (kind < 0.6) writeFileSync(path, lookupFile(random));
      }
      const env: Record<string, string> = {};
      for (const name of ['OVH_ENDPOINT', ...CREDENTIAL_NAMES.map((credential) => CONFIG_KEYS[credential].env)]) {
        if (random() < 0.12) env[name] = pick(random, ['', 'from-env', 'ovh-eu', 'ovh-ca']);
      }
      if (env['OVH_ENDPOINT'] === 'from-env') env['OVH_ENDPOINT'] = 'ovh-us';
      const options: Record<string, string> = {};
      for (const [name] of keys) if (random() < 0.1) options[name] = pick(random, ['', 'from-option']);
      if (random() < 0.1) options['endpoint'] = pick(random, ['ovh-eu', 'ovh-ca']);
      return { files, configFile, env, options, keys, home, cwd, system };
    });

    const python = runPython<Record<string, string | null>[]>(PYTHON_LOOKUP, cases);
    const stratus = cases.map(({ configFile, env, options, home, cwd, system }) => {
      try {
        const config = loadOvhConfig({ ...options, env, home, cwd, systemConfigFile: system, ...(configFile ? { configFile } : {}) });
        const values: Record<string, string | null> = { endpoint: config.sources.endpoint === undefined ? null : config.endpoint };
        for (const [name] of keys) values[name] = config[name] ?? null;
        return values;
      } catch (error) {
        if (error instanceof IniSyntaxError) return { error: error.pythonError };
        return { error: (error as Error).name };
      }
    });
    // python-ovh fails later, on an empty endpoint (InvalidRegion); @stratus/ovh/config fails at once.
    const expected = python.map((values) => (values['endpoint'] === '' ? { error: 'InvalidRegionError' } : values));
    expect(stratus).toEqual(expected);
    expect(python.filter((values) => 'error' in values).length).toBeGreaterThan(0);
    expect(python.filter((values) => values['consumerKey'] === '').length).toBeGreaterThan(0);
  });
});

function lookupFile(random: Random): string {
  const lines: string[] = [];
  for (const section of ['default', 'DEFAULT', 'ovh-eu', 'ovh-ca', 'ovh-us']) {
    if (random() < 0.5) continue;
    lines.push(`[${section}]`);
    if (section === 'default' && random() < 0.7) lines.push(`endpoint = ${pick(random, ['ovh-eu', 'ovh-ca', 'ovh-us', ''])}`);
    for (const key of ['application_key', 'Application_Secret', 'consumer_key', 'client_id', 'client_secret', 'access_token']) {
      if (random() < 0.4) lines.push(`${key}${pick(random, ['=', ' = ', ': '])}${pick(random, ['', `${section}-${key.toLowerCase()}`, '"quoted" ; kept'])}`);
    }
  }
  if (random() < 0.05) lines.push('consumer_key = twice'); // a duplicate when the last section already has one
  return lines.join('\n') + '\n';
}
