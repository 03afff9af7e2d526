// Assertions for the packed consumers: they run on five runtimes, so no test framework.
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs `action` and checks it fails with an instance of `type` whose message matches `message`. */
export async function expectFailure(action: () => unknown, type: abstract new (...args: never[]) => Error, message: RegExp, what: string): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof type)) throw new Error(`${what}: expected a ${type.name}, got ${String(error)}`);
    if (!message.test(error.message)) throw new Error(`${what}: message ${JSON.stringify(error.message)} does not match ${message}`);
    return;
  }
  throw new Error(`${what}: expected a ${type.name}, but it succeeded`);
}
