import { LineCounter, parseDocument, isNode } from 'yaml';
import { fromPointer } from './json-pointer.js';

/**
 * Finds the line and column of a JSON pointer in the source text. Only called on the error path:
 * it re-parses the file with position tracking, which the fast path does not pay for.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const segments = fromPointer(pointer);
  // Walk up until some ancestor exists (the pointer may name a key that is missing).
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = document.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return undefined;
}
