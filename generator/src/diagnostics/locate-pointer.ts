import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fromPointer } from './json-pointer.js';

/**
 * Finds the line and column of a JSON pointer in the source text. Only called on the error path:
 * it re-parses the file with position tracking, which the fast path does not pay for. When the
 * pointer ends at a map entry, the position is that of its key (where the reader's eye goes).
 * Falls back to the deepest ancestor that exists.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  let node: unknown = document.contents;
  let position: number | undefined = (node as Node | null)?.range?.[0];
  for (const segment of fromPointer(pointer)) {
    if (isMap(node)) {
      // Compare keys as strings: an unquoted `200:` is an integer key in YAML.
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!pair) break;
      position = (pair.key as Node | null)?.range?.[0] ?? position;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      position = (item as Node | null)?.range?.[0] ?? position;
      node = item;
    } else break;
  }
  if (position === undefined) return undefined;
  const { line, col } = lineCounter.linePos(position);
  return { line, column: col };
}
