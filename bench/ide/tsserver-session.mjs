// Minimal tsserver driver: newline-delimited JSON over stdio (the protocol editors use).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export function startTsserver(cwd) {
  const require = createRequire(import.meta.url);
  const tsserver = require.resolve('typescript/lib/tsserver.js');
  const child = spawn(process.execPath, [tsserver, '--disableAutomaticTypingAcquisition'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
  let seq = 0;
  let buffer = '';
  const waiting = new Map();
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (!header) break;
      const start = header.index + header[0].length;
      const length = Number(header[1]);
      // Content-Length counts bytes; messages here are ASCII-safe enough for a byte/char match.
      if (Buffer.byteLength(buffer.slice(start)) < length) break;
      const body = Buffer.from(buffer.slice(start)).subarray(0, length).toString('utf8');
      buffer = Buffer.from(buffer.slice(start)).subarray(length).toString('utf8');
      const message = JSON.parse(body);
      if (message.type === 'response' && waiting.has(message.request_seq)) {
        waiting.get(message.request_seq)(message);
        waiting.delete(message.request_seq);
      }
    }
  });
  const request = (command, args) =>
    new Promise((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      child.stdin.write(JSON.stringify({ seq: id, type: 'request', command, arguments: args }) + '\n');
    });
  const notify = (command, args) => child.stdin.write(JSON.stringify({ seq: ++seq, type: 'request', command, arguments: args }) + '\n');
  return { request, notify, close: () => child.kill() };
}
