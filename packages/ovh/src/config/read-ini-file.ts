import { readFileSync } from 'node:fs';
import { parse } from 'ini';
import { InvalidConfigurationError } from '../errors/configuration-errors.js';

export type IniDocument = Record<string, unknown>;

/**
 * Reads and parses an INI file. A missing optional file is skipped (undefined); a missing required
 * file (an explicit `configFile`) or an unreadable one is an error naming the path.
 */
export function readIniFile(path: string, { required = false } = {}): IniDocument | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    const reason = code === 'ENOENT' ? 'file not found' : typeof code === 'string' ? code : String(error);
    throw new InvalidConfigurationError(`[@stratus/ovh/config] Cannot read config file ${path}: ${reason}`, { cause: error });
  }
  return parse(text) as IniDocument;
}

/**
 * The section for an endpoint. The ini package nests sections on dots (`[a.b]` → a → b), which only
 * matters for base-URL endpoints, so the dotted form is walked too.
 */
export function findSection(document: IniDocument, name: string): Record<string, unknown> | undefined {
  const direct = document[name];
  if (isRecord(direct)) return direct;
  let current: unknown = document;
  for (const part of name.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return isRecord(current) ? current : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
