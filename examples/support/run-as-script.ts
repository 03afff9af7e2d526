import { pathToFileURL } from 'node:url';

/**
 * Runs an example when it is the script Node was started with (not when a test imports it):
 * errors are printed as one line (messages are already redacted) and set the exit code.
 */
export async function runAsScript(moduleUrl: string, run: (args: string[]) => Promise<unknown>): Promise<void> {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    await run(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
