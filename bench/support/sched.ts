/**
 * Time a process's threads spent runnable but waiting for a core (the second field of
 * /proc/<pid>/task/<tid>/schedstat, ns): CPU queueing, told apart from waiting on I/O or a database.
 *
 *   const wait = startRunQueueWait([app.pid]);
 *   … load …
 *   const ms = wait.stop(); // ms summed over the threads
 */
import { readdirSync, readFileSync } from 'node:fs';

function waitedNs(pid: number): number {
  let total = 0;
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tids) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return total;
}

export function startRunQueueWait(pids: (number | undefined)[]): { stop(): number } {
  const known = pids.filter((p): p is number => p !== undefined);
  const sum = () => known.reduce((s, p) => s + waitedNs(p), 0);
  const start = sum();
  return { stop: () => (sum() - start) / 1e6 };
}
