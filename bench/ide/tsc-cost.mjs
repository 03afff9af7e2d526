// tsc's own cost figures for consumer files: each case gets a folder with `consumer.ts` and a tsconfig, and
// `tsc --extendedDiagnostics` runs `runs` times per case, cases alternated so machine load hits all alike.
// Node runs with `--expose-gc`: tsc then collects garbage before it reports "Memory used", so memory is
// the heap the program holds (the same on every run), not that plus whatever garbage is left.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `cases`: `[{ name, source }]`. Returns, per case, the medians of check/total time (s), memory (KB) and types. */
export function measureTscCost({ work, tsconfig, cases, runs }) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const dirs = cases.map(({ name, source }) => {
    const dir = join(work, `tsc-${name.replace(/\W+/g, '-')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'consumer.ts'), source);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['consumer.ts'] }));
    return { dir, runs: [] };
  });
  for (let i = 0; i < runs; i++) {
    for (const entry of dirs) {
      let output;
      try {
        output = execFileSync(process.execPath, ['--expose-gc', tsc, '-p', entry.dir, '--extendedDiagnostics'], { encoding: 'utf8' });
      } catch (error) {
        throw new Error(`tsc failed on ${entry.dir}:\n${error.stdout}`);
      }
      const number = (label) => Number(/^(?:\S.*?):\s+([\d.]+)/m.exec(output.split('\n').find((l) => l.startsWith(label)) ?? '')?.[1]);
      entry.runs.push({ check: number('Check time'), total: number('Total time'), memoryK: number('Memory used'), types: number('Types') });
    }
  }
  return dirs.map(({ runs: measured }) => ({
    check: median(measured.map((r) => r.check)),
    total: median(measured.map((r) => r.total)),
    memoryK: median(measured.map((r) => r.memoryK)),
    types: median(measured.map((r) => r.types)),
  }));
}
