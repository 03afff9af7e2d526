/**
 * Calls `read` until `done` holds for what it returns, and returns that; fails after `attempts` reads
 * with the last value in the message. For servers that apply a request in the background (Ironic's
 * power and provision states): the test waits for the event, it never asserts how long it took.
 */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, attempts = 200): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    last = await read();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not reached after ${attempts} reads; last read: ${JSON.stringify(last)}`);
}
