/**
 * Runs a piece of work per key so that each call is answered by a run that started after the call was made, while
 * calls that arrive during a run share the one run after it. For work that reads "the state as of now" (a registry's
 * version after a commit): under a burst of writes it runs once per round trip instead of once per write, and
 * nobody is answered from a run that began before their own change.
 */
export class AfterEveryCall<T> {
  private readonly runs = new Map<string, { current: Promise<T>; next?: Promise<T> }>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.runs.get(key);
    if (!running) return this.start(key, work);
    // The run in progress may have read the state before this caller's change: it waits for the next one.
    const startNext = () => this.start(key, work);
    running.next ??= running.current.then(startNext, startNext);
    return running.next;
  }

  private start(key: string, work: () => Promise<T>): Promise<T> {
    const entry: { current: Promise<T>; next?: Promise<T> } = { current: work() };
    this.runs.set(key, entry);
    const finished = () => {
      if (this.runs.get(key) === entry && !entry.next) this.runs.delete(key);
    };
    entry.current.then(finished, finished);
    return entry.current;
  }
}
