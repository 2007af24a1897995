import { statSync } from 'node:fs';
import { HEARTBEAT_FILE } from './heartbeat';

/** `node dist/worker/healthcheck.js`: healthy while the worker's outbox poll touched its heartbeat recently. */
const STALE_AFTER_MS = 30_000;
try {
  process.exit(Date.now() - statSync(HEARTBEAT_FILE).mtimeMs < STALE_AFTER_MS ? 0 : 1);
} catch {
  process.exit(1);
}
