import { parseArgs } from 'node:util';
import { backup, restore } from './backups';

/**
 * `npm run db:backup` and `npm run db:restore -- <backup dir>` (runbook: docs/operations.md), and `nightly`, the
 * compose `backup` service's loop. Reads DATABASE_URL, MEDIA_DIR (./media), BACKUP_DIR (./backups),
 * BACKUP_KEEP_DAYS (14) and BACKUP_AT (the UTC hour of the nightly run, 3).
 */
const USAGE = `usage: cli.js backup [--keep-days N]
       cli.js restore <backup dir> [--database-url URL] [--media-dir DIR]
       cli.js nightly`;

function env(name: string, fallback?: string): string {
  const value = process.env[name] || fallback;
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function wholeNumber(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > max) throw new Error(`${name} must be a whole number up to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

async function backupOnce(keepDays: number) {
  const started = Date.now();
  const { dir, manifest, removed } = await backup({
    databaseUrl: env('DATABASE_URL'),
    mediaDir: env('MEDIA_DIR', './media'),
    backupDir: env('BACKUP_DIR', './backups'),
    keepDays,
  });
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backed up ${Object.keys(manifest.tables).length} tables (${rows} rows) and ${Object.keys(manifest.media).length} media files to ${dir} in ${Date.now() - started} ms.`,
  );
  if (removed.length) console.log(`Removed ${removed.length} backups older than ${keepDays} days: ${removed.join(', ')}`);
}

/** Sleeps until the next BACKUP_AT o'clock (UTC), backs up, and again; a failed night is logged and retried the next. */
async function nightly(keepDays: number, hour: number): Promise<never> {
  for (;;) {
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
    if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
    console.log(`Next backup at ${next.toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, next.getTime() - now.getTime()));
    await backupOnce(keepDays).catch((error: unknown) => console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'keep-days': { type: 'string' }, 'database-url': { type: 'string' }, 'media-dir': { type: 'string' } },
  });
  const [command, from] = positionals;
  const keepDays = wholeNumber('BACKUP_KEEP_DAYS', values['keep-days'] ?? env('BACKUP_KEEP_DAYS', '14'), 3650);
  switch (command) {
    case 'backup':
      return backupOnce(keepDays);
    case 'nightly':
      return nightly(keepDays, wholeNumber('BACKUP_AT', env('BACKUP_AT', '3'), 23));
    case 'restore': {
      if (!from) throw new Error(USAGE);
      const report = await restore({
        from,
        databaseUrl: values['database-url'] ?? env('DATABASE_URL'),
        mediaDir: values['media-dir'] ?? env('MEDIA_DIR', './media'),
      });
      console.log(`Restored ${report.tables} tables (${report.rows} rows) and ${report.mediaFiles} media files; every checksum matches the backup.`);
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
