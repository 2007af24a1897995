import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A file the worker's loop touches; the container healthcheck reads its age. */
export const HEARTBEAT_FILE = join(tmpdir(), 'whispergifts-worker.heartbeat');

export function beat(): Promise<void> {
  return writeFile(HEARTBEAT_FILE, String(Date.now())).catch(() => undefined);
}
