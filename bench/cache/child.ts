/**
 * The few lines every server child shares: it tells the parent its port once it listens (IPC), and stops
 * cleanly when asked, so `--cpu-prof` can write its profile on the way out.
 */
export interface ReadyMessage {
  type: 'ready';
  port: number;
}

export function serve(start: () => Promise<{ port: number; close: () => Promise<void> }>): void {
  const fail = (error: unknown) => {
    console.error(error);
    process.exit(1);
  };
  start().then(({ port, close }) => {
    process.on('message', (message: { type?: string }) => {
      // bench:live asks for the heap after a full collection (when the process runs with --expose-gc).
      if (message?.type === 'memory') {
        (globalThis as { gc?: () => void }).gc?.();
        process.send?.({ type: 'memory', ...process.memoryUsage() });
        return;
      }
      if (message?.type !== 'stop') return;
      close().then(
        () => process.exit(0),
        () => process.exit(0),
      );
    });
    // The parent went away (killed, crashed): do not outlive it.
    process.on('disconnect', () => process.exit(0));
    process.send?.({ type: 'ready', port } satisfies ReadyMessage);
  }, fail);
}
