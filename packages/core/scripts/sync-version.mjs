// Run by the root `version-packages` script after `changeset version`: the runtime carries its
// version as a literal (no JSON import, so it works in every runtime); test/version.test.ts checks it.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const source = readFileSync(file, 'utf8');
const updated = source.replace(/STRATUS_VERSION = '[^']*'/, `STRATUS_VERSION = '${version}'`);
if (updated === source && !source.includes(`'${version}'`)) throw new Error('STRATUS_VERSION literal not found in src/version.ts');
writeFileSync(file, updated);
console.log(`@stratus/core STRATUS_VERSION = ${version}`);
