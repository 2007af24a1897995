import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from './support/nginx';

/**
 * `npm run dev` (scripts/dev.mjs), as the README's local section says to run it: its processes come up on the ports
 * given and answer. Run by `npm run check:dev`, not by `npm test`: it compiles the API and starts five processes,
 * a minute or two on a busy machine. The web app's dev server serves the app and proxies /api to the API; a sign-up makes the
 * worker send the verification e-mail, which MailDev shows in its inbox. One run, its own database and key prefix.
 */
const root = resolve(__dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `wg_dev_stack_${process.pid}`;
let dev: ChildProcess;
let output = '';
let web: string;
let inbox: string;

async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`npm run dev exited with ${dev.exitCode}:\n${output.slice(-3000)}`);
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const [api, webPort, smtp, mail] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  web = `http://localhost:${webPort}`;
  inbox = `http://127.0.0.1:${mail}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  dev = spawn(process.execPath, ['scripts/dev.mjs'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URL: url.toString(),
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `wg-dev-stack-${process.pid}:`,
      PORT: String(api),
      WEB_PORT: String(webPort),
      MAIL_SMTP_PORT: String(smtp),
      MAIL_WEB_PORT: String(mail),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  dev.stdout?.on('data', keep);
  dev.stderr?.on('data', keep);
}, 30_000);

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((done) => dev.once('exit', done));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}, 60_000);

it('serves the web app, proxies the API, and the worker mails MailDev', async () => {
  const health = await eventually('the API through the web dev server', async () => {
    const response = await fetch(`${web}/api/health`);
    return response.ok ? ((await response.json()) as { status: string }) : undefined;
  });
  expect(health.status).toBe('ok');
  const page = await (await fetch(`${web}/dashboard`)).text();
  expect(page).toContain('<div id="root">');

  // The signup may meet the API restarting while the watching compiler settles: ask again until it answers.
  await eventually('a sign-up', async () => {
    const response = await fetch(`${web}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: web },
      body: JSON.stringify({ email: 'dev-stack@example.com', password: 'correct horse battery', displayName: 'Dev' }),
    });
    return response.status === 202 ? true : undefined;
  });
  const mails = await eventually('the verification e-mail in MailDev', async () => {
    const found = (await (await fetch(`${inbox}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
    return found.length ? found : undefined;
  });
  expect(mails.map((m) => [m.subject, m.to[0].address])).toEqual([['Confirm your e-mail address for WhisperGifts', 'dev-stack@example.com']]);
  const ui = await fetch(`${inbox}/`, { headers: { accept: 'text/html' } });
  expect(ui.status).toBe(200);
}, 200_000);
