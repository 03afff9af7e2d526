import { readFile } from 'node:fs/promises';
import { JSONPath } from 'jsonpath-plus';
import { SpecError } from '../diagnostics/spec-error.js';
import { parseSpecText } from '../readers/openapi/parse-spec-text.js';
import { withLocations } from '../readers/openapi/openapi-reader.js';

/** OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0). */
export interface OverlayDocument {
  overlay: string;
  info: { title: string; version: string };
  actions: OverlayAction[];
}
export interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Overlay 1.0 merge: objects merge recursively, arrays append, anything else replaces. */
function mergeUpdate(target: unknown, update: unknown): unknown {
  if (Array.isArray(target)) return [...target, ...(Array.isArray(update) ? update : [update])];
  if (isObject(target) && isObject(update)) {
    const merged: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(update)) merged[key] = key in merged ? mergeUpdate(merged[key], value) : structuredClone(value);
    return merged;
  }
  return structuredClone(update);
}

export interface LoadedOverlay {
  document: OverlayDocument;
  displayPath: string;
  /** Source text, to locate errors by line. */
  text: string;
}

export async function readOverlay(path: string, displayPath: string): Promise<LoadedOverlay> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SpecError({ message: 'overlay file not found', file: displayPath, hint: 'check the overlays list in generator/src/config/packages.config.ts' });
  }
  const overlay = parseSpecText(text, displayPath);
  const fail = (message: string, pointer: string): never => {
    throw withLocations([new SpecError({ message, file: displayPath, pointer })], text)[0]!;
  };
  if (!isObject(overlay) || typeof overlay['overlay'] !== 'string' || !overlay['overlay'].startsWith('1.')) fail('not an Overlay 1.x document (missing "overlay: 1.0.0")', '/overlay');
  const actions = (overlay as Record<string, unknown>)['actions'];
  if (!Array.isArray(actions) || actions.length === 0) fail('an overlay needs a non-empty actions list', '/actions');
  (actions as unknown[]).forEach((action, index) => {
    if (!isObject(action) || typeof action['target'] !== 'string') fail('action has no target', `/actions/${index}/target`);
    const a = action as Record<string, unknown>;
    if (a['update'] === undefined && a['remove'] !== true) fail('action needs either update or remove: true', `/actions/${index}`);
  });
  return { document: overlay as unknown as OverlayDocument, displayPath, text };
}

/**
 * Applies the actions in order. A target that selects nothing is an error: it means the upstream
 * spec moved under the overlay, and silently skipping would ship the bug the overlay fixes.
 */
export function applyOverlay(document: Record<string, unknown>, overlay: LoadedOverlay): Record<string, unknown> {
  let root: Record<string, unknown> = document;
  overlay.document.actions.forEach((action, index) => {
    let matches: { value: unknown; parent: unknown; parentProperty: string | number }[];
    try {
      matches = JSONPath({ path: action.target, json: root, resultType: 'all', wrap: true });
    } catch (error) {
      const problem = new SpecError({ message: `invalid JSONPath target ${action.target}: ${(error as Error).message.split(':').slice(0, 2).join(':')}`, file: overlay.displayPath, pointer: `/actions/${index}/target`, hint: 'guard filters against null, e.g. [?(@ && @.field)]' });
      throw withLocations([problem], overlay.text)[0]!;
    }
    if (matches.length === 0) {
      const problem = new SpecError({ message: `overlay target matches nothing: ${action.target}`, file: overlay.displayPath, pointer: `/actions/${index}/target`, hint: 'the upstream spec changed; fix or drop this action' });
      throw withLocations([problem], overlay.text)[0]!;
    }
    if (action.remove === true) {
      // Remove from the end so array indexes stay valid.
      for (const match of [...matches].reverse()) {
        if (Array.isArray(match.parent)) match.parent.splice(Number(match.parentProperty), 1);
        else if (isObject(match.parent)) delete match.parent[match.parentProperty as string];
      }
      return;
    }
    for (const match of matches) {
      const merged = mergeUpdate(match.value, action.update);
      if (match.parent === null || match.parent === undefined) root = merged as Record<string, unknown>;
      else (match.parent as Record<string | number, unknown>)[match.parentProperty] = merged;
    }
  });
  return root;
}
