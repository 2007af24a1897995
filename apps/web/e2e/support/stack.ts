import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root, from apps/web/e2e/support. */
export const root = resolve(import.meta.dirname, '../../../..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

export interface Stack {
  /** Where the browser goes: the built SPA, with /api proxied to the API. */
  webUrl: string;
  /** The API itself, for seeding. */
  apiUrl: string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs} ms`);
}

function start(command: string, args: string[], env: Record<string, string>, name: string, cwd = root): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep: string[] = [];
  // Keep the last lines for a failure report, without flooding the output.
  const collect = (chunk: Buffer) => keep.push(...chunk.toString().split('\n').filter(Boolean).slice(-20));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.on('exit', (code) => {
    if (code && code !== 143) console.error(`${name} exited with ${code}:\n${keep.slice(-20).join('\n')}`);
  });
  return child;
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

/**
 * Starts the real thing on loopback: a fresh PostgreSQL database with the migrations applied, the built API on
 * its own Redis key prefix, and `vite preview` serving apps/web/dist with /api proxied to that API.
 */
export async function startStack(): Promise<Stack> {
  const id = `${process.pid}`;
  const database = `wg_e2e_${id}`;
  const pg = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const apiPort = 3900 + (process.pid % 50);
  const webPort = 4900 + (process.pid % 50);
  const webUrl = `http://127.0.0.1:${webPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const prefix = `wg-e2e-${id}:`;

  if (!existsSync(resolve(root, 'apps/api/dist/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(resolve(root, 'apps/web/dist/index.html'))) throw new Error('Build the SPA first: npm run build:web');

  execFileSync('psql', [`${pg}/postgres`, '-qc', `CREATE DATABASE ${database}`]);
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: `${pg}/${database}`,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    PUBLIC_URL: webUrl,
    LOG_LEVEL: 'warn',
  };
  execFileSync(process.execPath, ['apps/api/dist/database/migrate.js'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  const api = start(process.execPath, ['apps/api/dist/main.js'], env, 'API');
  const web = start(
    bin('vite'),
    ['preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
    { API_ORIGIN: apiUrl },
    'vite preview',
    resolve(root, 'apps/web'),
  );
  const children = [api, web];
  try {
    await waitFor(`${apiUrl}/api/health`, 'API', api);
    await waitFor(webUrl, 'vite preview', web);
  } catch (error) {
    await Promise.all(children.map(stopChild));
    throw error;
  }
  return {
    webUrl,
    apiUrl,
    stop: async () => {
      await Promise.all(children.map(stopChild));
      execFileSync('psql', [`${pg}/postgres`, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
      execFileSync('sh', ['-c', `redis-cli -u ${redisUrl} --scan --pattern '${prefix}*' | xargs -r redis-cli -u ${redisUrl} DEL > /dev/null`]);
    },
  };
}
