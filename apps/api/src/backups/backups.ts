import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { mediaFiles } from './media-files';
import { tableChecksums, TableChecksum } from './table-checksums';

const run = promisify(execFile);

/**
 * Backups that restore (issue 19 §2): the database as a pg_dump custom-format archive and the media directory as a
 * tar, with a manifest of what they hold (per-table row counts and checksums, per-file SHA-256). The checksums are
 * taken in the very snapshot pg_dump copies (an exported snapshot), so writes during a backup can't make the
 * manifest disagree with the dump; a restore recomputes them and fails loudly on any difference.
 */
export interface Manifest {
  format: 1;
  createdAt: string;
  tables: Record<string, TableChecksum>;
  media: Record<string, { bytes: number; sha256: string }>;
}

export interface BackupOptions {
  databaseUrl: string;
  mediaDir: string;
  /** Where backups are kept; each is a directory named after its time. */
  backupDir: string;
  /** Delete backups older than this many days after a successful one (0 keeps all). */
  keepDays?: number;
  now?: Date;
}

export async function backup(options: BackupOptions): Promise<{ dir: string; manifest: Manifest; removed: string[] }> {
  const now = options.now ?? new Date();
  const dir = resolve(options.backupDir, `whispergifts-${now.toISOString().replace(/[:.]/g, '-')}`);
  const partial = `${dir}.partial`;
  mkdirSync(partial, { recursive: true });
  try {
    const client = new Client({ connectionString: options.databaseUrl });
    await client.connect();
    let tables: Record<string, TableChecksum>;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ snapshot }] = (await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')).rows;
      // pg_dump reads the same snapshot while this transaction holds it open.
      const dump = run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${snapshot}`,
        `--file=${join(partial, 'database.dump')}`,
        options.databaseUrl,
      ]);
      tables = await tableChecksums(client);
      await dump;
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const media = await mediaFiles(options.mediaDir);
    if (existsSync(options.mediaDir)) await run('tar', ['--create', `--file=${join(partial, 'media.tar')}`, `--directory=${options.mediaDir}`, '.']);
    const manifest: Manifest = { format: 1, createdAt: now.toISOString(), tables, media };
    writeFileSync(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // Renamed only once complete: a crash mid-way never leaves something that looks like a backup.
    await run('mv', [partial, dir]);
    return { dir, manifest, removed: prune(options.backupDir, options.keepDays ?? 0, now) };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Removes complete backups older than `keepDays`; never the newest. */
function prune(backupDir: string, keepDays: number, now: Date): string[] {
  if (!keepDays) return [];
  const backups = readdirSync(backupDir)
    .filter((name) => /^whispergifts-[\dT-]+Z$/.test(name))
    .sort();
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const old = backups.slice(0, -1).filter((name) => Date.parse(backupTime(name)) < cutoff);
  for (const name of old) rmSync(join(backupDir, name), { recursive: true, force: true });
  return old;
}

/** `whispergifts-2026-12-03T02-00-00-000Z` → `2026-12-03T02:00:00.000Z`. */
function backupTime(name: string): string {
  const [date, time] = name.replace('whispergifts-', '').split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

export interface RestoreOptions {
  /** A backup directory made by `backup`. */
  from: string;
  /** The database to restore into; created if it does not exist, and it must be empty if it does. */
  databaseUrl: string;
  mediaDir: string;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  mediaFiles: number;
}

export async function restore(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = JSON.parse(readFileSync(join(options.from, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new Error(`Unknown backup format ${String(manifest.format)}`);
  await createDatabaseIfMissing(options.databaseUrl);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0].n) > 0) throw new Error('The target database is not empty: restore into a new database, then switch DATABASE_URL to it.');
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${options.databaseUrl}`,
      join(options.from, 'database.dump'),
    ]);
    const restored = await tableChecksums(client);
    const differences = Object.keys({ ...manifest.tables, ...restored })
      .filter((table) => JSON.stringify(manifest.tables[table]) !== JSON.stringify(restored[table]))
      .map((table) => `${table}: backed up ${describe(manifest.tables[table])}, restored ${describe(restored[table])}`);
    if (differences.length) throw new Error(`The restored database differs from the backup:\n  ${differences.join('\n  ')}`);
  } finally {
    await client.end();
  }
  const mediaCount = await restoreMedia(options.from, options.mediaDir, manifest);
  return {
    tables: Object.keys(manifest.tables).length,
    rows: Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0),
    mediaFiles: mediaCount,
  };
}

async function restoreMedia(from: string, mediaDir: string, manifest: Manifest): Promise<number> {
  const expected = Object.keys(manifest.media).length;
  if (!existsSync(join(from, 'media.tar'))) {
    if (expected) throw new Error('The backup lists media files but has no media.tar.');
    return 0;
  }
  mkdirSync(mediaDir, { recursive: true });
  if (readdirSync(mediaDir).length) throw new Error(`The media directory ${mediaDir} is not empty: restore into an empty one.`);
  await run('tar', ['--extract', `--file=${join(from, 'media.tar')}`, `--directory=${mediaDir}`, '--no-same-owner']);
  const restored = await mediaFiles(mediaDir);
  const differing = Object.keys({ ...manifest.media, ...restored }).filter((f) => JSON.stringify(manifest.media[f]) !== JSON.stringify(restored[f]));
  if (differing.length) throw new Error(`Restored media differ from the backup: ${differing.slice(0, 10).join(', ')}`);
  return expected;
}

const describe = (t: TableChecksum | undefined) => (t ? `${t.rows} rows (${t.md5.slice(0, 8)})` : 'no table');

async function createDatabaseIfMissing(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}
