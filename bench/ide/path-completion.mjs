// Path-string completion latency after an edit, as an editor sees it. One tsserver per case, all opened
// up front; samples are then taken round-robin (case 1, case 2, …, case 1, …) so that load from other
// processes on a shared machine hits every case alike. The first 3 rounds warm up and are dropped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './tsc-cost.mjs';
import { startTsserver } from './tsserver-session.mjs';

/**
 * `cases`: `[{ name, source, call, prefix }]` — `source` has an `// edit-marker: 0` line and one line with
 * `call` (e.g. `client.GET(`) followed by `'<prefix>'`; completion is asked right after the prefix.
 * Returns, per case, the median latency in ms and the number of entries offered.
 */
export async function pathCompletionLatencies({ work, samples, cases }) {
  const sessions = cases.map(({ name, source, call, prefix }) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.ts`);
    writeFileSync(file, source);
    const server = startTsserver(work);
    server.notify('open', { file, fileContent: source, scriptKindName: 'TS' });
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes(call)) + 1;
    const offset = lines[line - 1].indexOf(`'${prefix}'`) + 2 + prefix.length;
    const markerLine = lines.findIndex((l) => l.includes('edit-marker')) + 1;
    return { name, file, server, line, offset, markerLine, times: [], entries: 0 };
  });
  for (let i = 0; i < samples + 3; i++) {
    for (const session of sessions) {
      const { name, file, server, line, offset, markerLine } = session;
      // An edit, as when typing: the next completion runs on a fresh program and checker.
      server.notify('change', { file, line: markerLine, offset: 17, endLine: markerLine, endOffset: 18, insertString: String(i % 10) });
      const started = performance.now();
      const response = await server.request('completionInfo', { file, line, offset, includeExternalModuleExports: false, triggerCharacter: '/' });
      const elapsed = performance.now() - started;
      if (!response.success) throw new Error(`${name}: completion failed: ${response.message}`);
      session.entries = response.body?.entries?.length ?? 0;
      if (i >= 3) session.times.push(elapsed);
    }
  }
  for (const { server } of sessions) server.close();
  return sessions.map(({ times, entries }) => ({ median: median(times), entries }));
}
