import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Edge, freePort } from '../../../../e2e/support/nginx.ts';
import { FakeStripe } from '../../../api/test/support/fake-stripe.ts';
import { TestDnsServer } from '../../../api/test/support/dns-server.ts';
import { MailCatcher } from './mail.ts';
import { startShop } from './shop.ts';

/** The repository root, from apps/web/e2e/support. */
export const root = resolve(import.meta.dirname, '../../../..');

export interface Stack {
  /** Where the browser goes: nginx with the repository's edge config, serving the built SPA and media and proxying /api. */
  webUrl: string;
  /** The API itself, for seeding. */
  apiUrl: string;
  /** This run's PostgreSQL database, for what no endpoint does in a test (a registry's plan, which a payment sets). */
  databaseUrl: string;
  /** A shop's product page on loopback, which IMPORT_ALLOWED_HOSTS lets the API read ("paste a shop link"). */
  shopUrl: string;
  /** What the worker sent: the e-mails guests get, with their links (only while a scenario runs the worker). */
  mail: MailCatcher;
  /** Stripe's API, faked on loopback: its payment page sends the browser straight back as paid; a scenario delivers the events. */
  stripe: FakeStripe;
  /**
   * Starts the worker (outbox → queues → SMTP to `mail`) for a scenario that follows a link from an e-mail; it
   * returns the stop. Other scenarios run without one (no thumbnails, no e-mail), as they were written to.
   */
  startWorker: () => () => Promise<void>;
  /** Couples' DNS (the API's DNS_RESOLVER): a scenario publishes the TXT record that verifies a custom domain. */
  dns: TestDnsServer;
  /** Runs SQL on the stack's database, for what no route does yet (putting a registry on a plan). */
  sql: (statement: string) => void;
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

function start(command: string, args: string[], env: Record<string, string>, name: string): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
 * its own Redis key prefix, and in front of it Debian's nginx running nginx/whispergifts.conf.template (the same
 * edge as in production) with apps/web/dist as web root and the API's MEDIA_DIR at /media.
 */
export async function startStack(): Promise<Stack> {
  const id = `${process.pid}`;
  const database = `wg_e2e_${id}`;
  const pg = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `wg-e2e-${id}:`;

  if (!existsSync(resolve(root, 'apps/api/dist/main.js'))) execFileSync('npm', ['run', 'build:api'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(resolve(root, 'apps/web/dist/index.html'))) throw new Error('Build the SPA first: npm run build:web');

  // Undone in reverse order by stop(), or at once when the start fails half-way.
  const undo: (() => unknown)[] = [];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    // nginx's workers run as an unprivileged user: the media directory must be readable by others.
    const media = mkdtempSync(join(tmpdir(), 'wg-e2e-media-'));
    chmodSync(media, 0o755);
    undo.push(() => rmSync(media, { recursive: true, force: true }));
    // The edge needs nothing from the API to start, and the API must know the edge's URL (links, media URLs).
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const edge = await Edge.start({ apiPorts: [apiPort], webRoot: resolve(root, 'apps/web/dist'), mediaRoot: media });
    undo.push(() => edge.stop());
    const webUrl = edge.url;
    const shop = await startShop();
    undo.push(() => shop.close());
    const mail = new MailCatcher();
    const smtpUrl = await mail.start();
    undo.push(() => mail.close());
    const stripe = await FakeStripe.start((_, params) => params.get('success_url') ?? webUrl);
    undo.push(() => stripe.close());
    const dns = await TestDnsServer.start();
    undo.push(() => dns.close());

    execFileSync('psql', [`${pg}/postgres`, '-qc', `CREATE DATABASE ${database}`]);
    undo.push(() => {
      execFileSync('psql', [`${pg}/postgres`, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
      execFileSync('sh', ['-c', `redis-cli -u ${redisUrl} --scan --pattern '${prefix}*' | xargs -r redis-cli -u ${redisUrl} DEL > /dev/null`]);
    });
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: `${pg}/${database}`,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      PUBLIC_URL: webUrl,
      MEDIA_URL: `${webUrl}/media`,
      MEDIA_DIR: media,
      // nginx replaces X-Forwarded-For with the client's address; the API's rate limits count that address.
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
      SMTP_URL: smtpUrl,
      // Every scenario signs its couple up from this one address, more than a real address would in an hour.
      RATE_LIMIT_SIGNUP_IP: '1000/3600',
      // Every scenario's couple logs in from loopback: twenty scenarios pass the 30-a-quarter-hour a person gets.
      RATE_LIMIT_LOGIN_IP: '1000/900',
      ...stripe.env,
      DNS_RESOLVER: dns.address,
      IMPORT_ALLOWED_HOSTS: shop.host,
      // The example list the landing page links to.
      DEMO_REGISTRY: 'true',
    };
    execFileSync(process.execPath, ['apps/api/dist/database/migrate.js'], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
    const api = start(process.execPath, ['apps/api/dist/main.js'], env, 'API');
    undo.push(() => stopChild(api));
    await waitFor(`${apiUrl}/api/health`, 'API', api);
    await waitFor(`${webUrl}/api/health`, 'nginx in front of the API', api);
    const startWorker = () => {
      const worker = start(process.execPath, ['apps/api/dist/worker.js'], env, 'worker');
      undo.push(() => stopChild(worker));
      return () => stopChild(worker);
    };
    const sql = (statement: string) => execFileSync('psql', [`${pg}/${database}`, '-qc', statement], { stdio: 'ignore' });
    return { webUrl, apiUrl, databaseUrl: env.DATABASE_URL, shopUrl: shop.url, mail, stripe, startWorker, dns, sql, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
