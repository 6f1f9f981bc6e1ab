import { Logger } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

describe('PeriodicTask', () => {
  const logger = new Logger('test');
  beforeAll(() => Logger.overrideLogger(false));

  it('never starts a run while one is in progress, and stop() waits for it', async () => {
    const task = new PeriodicTask(logger, 'job');
    const g = gate();
    let runs = 0;
    const run = async () => {
      runs++;
      await g.opened;
    };
    task.runNow(run);
    task.runNow(run);
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    expect(task.stopping).toBe(true);
    await Promise.resolve();
    expect(stopped).toBe(false);
    g.open();
    await stopping;
    expect(stopped).toBe(true);
  });

  it('starts nothing once stopped, and a failed run does not block the next', async () => {
    const task = new PeriodicTask(logger, 'job');
    const errors = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    task.runNow(async () => {
      throw new Error('boom');
    });
    await new Promise((r) => setImmediate(r));
    expect(errors).toHaveBeenCalledWith('job failed: boom');
    let ran = false;
    task.runNow(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    await task.stop();
    ran = false;
    task.runNow(async () => {
      ran = true;
    });
    expect(ran).toBe(false);
  });
});
