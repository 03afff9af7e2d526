// Completion latency after an edit, as an editor sees it, for several files in one tsserver. Each case is
// a file whose text marks the cursor with `‸`; before each request the file's `// edit-marker: 0` line
// changes, so every completion runs on a fresh program and checker. Rounds visit every case of every
// session in turn (samples alternated), so load from other processes hits all cases alike; the first
// `warmup` rounds are dropped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './tsc-cost.mjs';
import { startTsserver } from './tsserver-session.mjs';

const CURSOR = '‸';

/** `text` with its `‸` removed, and the 1-based line/offset of the cursor. */
function placeCursor(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(CURSOR));
  if (line < 0) throw new Error(`no ${CURSOR} cursor in:\n${text}`);
  const offset = lines[line].indexOf(CURSOR) + 1;
  lines[line] = lines[line].replace(CURSOR, '');
  const markerLine = lines.findIndex((l) => l.includes('// edit-marker: 0')) + 1;
  if (markerLine === 0) throw new Error(`no "// edit-marker: 0" line in:\n${text}`);
  return { text: lines.join('\n'), line: line + 1, offset, markerLine };
}

/**
 * Opens one tsserver per session (`[{ name, cases: [{ name, source, expect }] }]`) in `work`; `open()`
 * returns a handle whose `round(i)` takes one sample of every case and `results()` the medians (ms), the
 * entry counts, and whether the completion offered `expect` (a name every case must list, to catch a
 * cursor in the wrong place or a type that lost its members).
 */
export function openSession({ work, name, cases }) {
  const server = startTsserver(work);
  const files = cases.map((item) => {
    const { text, line, offset, markerLine } = placeCursor(item.source);
    const file = join(work, `${`${name}-${item.name}`.replace(/\W+/g, '-')}.ts`);
    writeFileSync(file, text);
    server.notify('open', { file, fileContent: text, scriptKindName: 'TS' });
    return { ...item, file, line, offset, markerLine, times: [], entries: 0, offered: false };
  });
  return {
    async round(i, { record }) {
      for (const item of files) {
        server.notify('change', { file: item.file, line: item.markerLine, offset: 17, endLine: item.markerLine, endOffset: 18, insertString: String(i % 10) });
        const started = performance.now();
        const response = await server.request('completionInfo', { file: item.file, line: item.line, offset: item.offset, includeExternalModuleExports: false, ...(item.trigger ? { triggerCharacter: item.trigger } : {}) });
        const elapsed = performance.now() - started;
        // tsserver answers "No content available" when it has nothing to offer: counted as no entries.
        const entries = (response.success && response.body?.entries) || [];
        item.entries = entries.length;
        item.offered = entries.some((entry) => entry.name === item.expect || entry.name === `"${item.expect}"` || entry.name === `'${item.expect}'`);
        if (record) item.times.push(elapsed);
      }
    },
    results: () => files.map(({ name: caseName, times, entries, offered, expect }) => ({ name: caseName, median: median(times), entries, offered, expect })),
    close: () => server.close(),
  };
}
