export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls `fn` until `ok` accepts its value (every 50 ms); throws with the last value after `timeoutMs`. */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await sleep(50);
    last = await fn();
  }
  return last;
}

/** Waits until `check` answers true. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  await eventually(check, (v) => v, timeoutMs);
}
