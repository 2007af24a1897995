import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { freePort } from '../../../../e2e/support/nginx';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { TEST_DATABASE_URL, withAdminClient } from './databases';

/**
 * Real PostgreSQL topologies for the tests: a streaming replica of the running server (a second cluster made with
 * `pg_basebackup -R`) and PgBouncer in front of it. PostgreSQL and PgBouncer refuse to run as root, so their
 * processes run as the `postgres` user, in a temporary directory of their own.
 */
const BIN = '/usr/lib/postgresql/15/bin';
const REPLICATION_HBA = 'host replication all 127.0.0.1/32 trust';

function postgresUser(): { uid: number; gid: number } {
  return { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) };
}

function ownDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const { uid, gid } = postgresUser();
  chownSync(dir, uid, gid);
  return dir;
}

/** Runs a PostgreSQL tool as `postgres`, without blocking this process's event loop (its own clients keep being served). */
async function runAsPostgres(command: string, args: string[]): Promise<void> {
  await promisify(execFile)(command, args, { ...postgresUser(), timeout: 180_000 });
}

/** The URL of `database` on another port of loopback (the replica, PgBouncer), as the user of TEST_DATABASE_URL. */
export function urlOn(port: number, database: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.port = String(port);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The primary must let a base backup and a standby connect for replication from loopback. Its pg_hba.conf (this
 * machine's trust-on-loopback setup has none for the `replication` pseudo-database) gets that one line, once, and
 * is reloaded: idempotent, so every run and every file may call it.
 */
async function allowReplicationFromLoopback(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ hba_file: string }>('SHOW hba_file');
    const file = rows[0].hba_file;
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.some((line) => line.trim().replace(/\s+/g, ' ') === REPLICATION_HBA)) return;
    appendFileSync(
      file,
      `\n# added by the WhisperGifts tests (apps/api/test/support/postgres-cluster.ts): streaming replicas on loopback\n${REPLICATION_HBA}\n`,
    );
    await client.query('SELECT pg_reload_conf()');
  });
}

export interface Replica {
  port: number;
  url(database: string): string;
  /** Stops replaying WAL (it still arrives): the replica's data stays as it is now, lagging behind the primary. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Waits until the replica has replayed everything the primary had written when this was called. */
  caughtUp(): Promise<void>;
  /** Runs a query on the replica (its `postgres` database unless told). */
  query<T>(sql: string, parameters?: unknown[], database?: string): Promise<T[]>;
  stop(): Promise<void>;
}

/** A hot standby of the running server on a free port, streaming from it. Takes seconds (a fast checkpoint, a copy), up to a minute on a busy machine. */
export async function startReplica(): Promise<Replica> {
  await allowReplicationFromLoopback();
  const primary = new URL(TEST_DATABASE_URL);
  const dir = ownDirectory('wg-replica-');
  const data = join(dir, 'data');
  const port = await freePort();
  await runAsPostgres(`${BIN}/pg_basebackup`, [
    `--host=${primary.hostname}`,
    `--port=${primary.port || '5432'}`,
    `--username=${decodeURIComponent(primary.username) || 'postgres'}`,
    `--pgdata=${data}`,
    '--write-recovery-conf',
    '--wal-method=stream',
    '--checkpoint=fast',
    '--no-sync',
  ]);
  // A standby needs at least the primary's values of these; the rest is what a throwaway test cluster wants.
  const settings = await withAdminClient(async (client) => {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings
        WHERE name IN ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`,
    );
    return rows.map((row) => `${row.name} = ${row.setting}`);
  });
  // Debian keeps the primary's configuration outside its data directory, so the copy has none: write one.
  writeFileSync(
    join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'hot_standby = on',
      'fsync = off',
      'shared_buffers = 32MB',
      ...settings,
    ].join('\n') + '\n',
  );
  writeFileSync(join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  chownSync(join(data, 'postgresql.conf'), postgresUser().uid, postgresUser().gid);
  chownSync(join(data, 'pg_hba.conf'), postgresUser().uid, postgresUser().gid);
  await runAsPostgres(`${BIN}/pg_ctl`, ['--pgdata', data, '--log', join(dir, 'postgres.log'), '--wait', '--timeout=120', 'start']);

  const query = async <T>(sql: string, parameters: unknown[] = [], database = 'postgres'): Promise<T[]> => {
    const client = new Client({ connectionString: urlOn(port, database) });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    port,
    url: (database) => urlOn(port, database),
    query,
    pause: async () => {
      await query('SELECT pg_wal_replay_pause()');
      // Pausing is requested, then takes effect: wait until replay has really stopped.
      for (let i = 0; i < 800; i++) {
        const [row] = await query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state');
        if (row.state === 'paused') return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the replica did not pause its replay');
    },
    resume: async () => {
      await query('SELECT pg_wal_replay_resume()');
    },
    caughtUp: async () => {
      const target = await withAdminClient(async (client) => (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn);
      // Generous: on a shared, busy machine replaying a new database's copy can take many seconds.
      for (let i = 0; i < 2400; i++) {
        const [row] = await query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [target]);
        if (row.done) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`the replica did not replay up to ${target} within 60 s`);
    },
    stop: async () => {
      try {
        await runAsPostgres(`${BIN}/pg_ctl`, ['--pgdata', data, '--mode=immediate', '--wait', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface PgBouncer {
  port: number;
  url(database: string): string;
  /** SHOW … on PgBouncer's admin console (e.g. 'POOLS', 'STATS'). */
  show<T>(what: string): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Debian's PgBouncer in front of the test server, in transaction pooling: a server connection belongs to a client
 * only for one transaction. `poolSize` server connections per database and user, so concurrent transactions of one
 * app share few connections, as in production.
 */
export async function startPgBouncer(options: { poolSize?: number } = {}): Promise<PgBouncer> {
  const primary = new URL(TEST_DATABASE_URL);
  const dir = ownDirectory('wg-pgbouncer-');
  const port = await freePort();
  const ini = join(dir, 'pgbouncer.ini');
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${primary.hostname} port=${primary.port || '5432'} user=${decodeURIComponent(primary.username) || 'postgres'}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = any',
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 3}`,
      'max_client_conn = 500',
      `admin_users = ${decodeURIComponent(primary.username) || 'postgres'}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      // node-postgres sends no unusual startup parameters; these are what other clients (psql, pg_dump) may send.
      'ignore_startup_parameters = extra_float_digits',
    ].join('\n') + '\n',
  );
  const child: ChildProcess = spawn('/usr/sbin/pgbouncer', [ini], { ...postgresUser(), stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (database: string) => urlOn(port, database);
  const show = async <T>(what: string): Promise<T[]> => {
    // The admin console speaks only the simple query protocol: no parameters.
    const client = new Client({ connectionString: url('pgbouncer') });
    await client.connect();
    try {
      return (await client.query(`SHOW ${what}`)).rows as T[];
    } finally {
      await client.end();
    }
  };
  for (let i = 0; ; i++) {
    try {
      await show('VERSION');
      break;
    } catch (error) {
      if (i > 100 || child.exitCode !== null) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`PgBouncer did not start: ${String(error)}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    port,
    url,
    show,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
