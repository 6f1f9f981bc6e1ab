/**
 * Runs `fn` on every item, at most `limit` at a time, in order of start. After a failure no further item
 * is started; the ones in flight finish, then the first error is thrown (as a sequential loop would).
 */
export async function boundedEach<T>(items: Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failed: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done && !failed; next = iterator.next()) {
      try {
        await fn(next.value);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failed) throw (failed as { error: unknown }).error;
}
