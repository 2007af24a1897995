import { AfterEveryCall } from './after-every-call';

/** A run that finishes when told, and says what it saw (the counter as of its start). */
function controlledWork() {
  let state = 0;
  const starts: number[] = [];
  const pending: (() => void)[] = [];
  const work = () =>
    new Promise<number>((resolve, reject) => {
      const seen = state;
      starts.push(seen);
      pending.push(() => (seen < 0 ? reject(new Error('failed')) : resolve(seen)));
    });
  return { work, starts, finishNext: () => pending.shift()?.(), change: (to: number) => (state = to) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('AfterEveryCall', () => {
  it('runs a lone call at once', async () => {
    const runs = new AfterEveryCall<number>();
    const w = controlledWork();
    const answer = runs.run('r1', w.work);
    expect(w.starts).toEqual([0]);
    w.finishNext();
    await expect(answer).resolves.toBe(0);
  });

  it('answers calls made during a run from one run that starts after it, seeing their changes', async () => {
    const runs = new AfterEveryCall<number>();
    const w = controlledWork();
    const first = runs.run('r1', w.work);
    w.change(1);
    const second = runs.run('r1', w.work);
    w.change(2);
    const third = runs.run('r1', w.work);
    expect(w.starts).toEqual([0]);
    w.finishNext();
    await expect(first).resolves.toBe(0);
    await tick();
    expect(w.starts).toEqual([0, 2]);
    w.finishNext();
    await expect(second).resolves.toBe(2);
    await expect(third).resolves.toBe(2);
    // Once idle, the next call runs at once again.
    const fourth = runs.run('r1', w.work);
    expect(w.starts).toEqual([0, 2, 2]);
    w.finishNext();
    await expect(fourth).resolves.toBe(2);
  });

  it('keeps keys apart', () => {
    const runs = new AfterEveryCall<number>();
    const w = controlledWork();
    void runs.run('r1', w.work);
    void runs.run('r2', w.work);
    expect(w.starts).toEqual([0, 0]);
  });

  it('rejects the callers of a failed run, and still runs the next one', async () => {
    const runs = new AfterEveryCall<number>();
    const w = controlledWork();
    w.change(-1);
    const failed = runs.run('r1', w.work);
    w.change(3);
    const after = runs.run('r1', w.work);
    w.finishNext();
    await expect(failed).rejects.toThrow('failed');
    await tick();
    w.finishNext();
    await expect(after).resolves.toBe(3);
  });
});
