import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { RedisServer } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, TestApp } from './support/test-app';
import { configEnv } from './support/test-worker';

/**
 * The worker as its own process (`src/worker.ts`, as `npm run start:worker` runs it), against a Redis the test
 * can stop: nothing a guest does is lost while Redis is down, and a worker killed mid-job does not lose or
 * duplicate the job.
 */
const ROOT = resolve(__dirname, '../../..');
let redis: RedisServer;
let smtp: SmtpSink;
let t: TestApp;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  smtp = await SmtpSink.start();
  t = await startTestApp({ REDIS_URL: redis.url, CACHE_REDIS_URL: redis.url, SMTP_URL: smtp.url });
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await t.close();
  await smtp.close();
  await redis.destroy();
});

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--require', '@swc-node/register', 'apps/api/src/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...configEnv(t), SMTP_URL: smtp.url, SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.json'), NODE_OPTIONS: '' },
    stdio: 'ignore',
  });
  workers.push(child);
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

async function reserve(): Promise<string> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  const item = await createItem(owner, registry);
  const response = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { email: `guest-${item.id}@example.com` }));
  expect(response.status).toBe(201);
  return `guest-${item.id}@example.com`;
}

const confirmationsTo = (address: string) => smtp.to(address).filter((m) => m.subject?.startsWith('You reserved'));

it('takes reservations while Redis is down, and sends their e-mails once it is back', async () => {
  const worker = startWorker();
  await redis.stop();
  const guest = await reserve();
  // The reservation's two e-mails (the new registry's link-preview job waits in the outbox too, on the images queue).
  const [pending] = (await t.db.query("SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL AND queue = 'email'")) as { n: number }[];
  expect(pending.n).toBe(2);

  await redis.start();
  await smtp.waitFor(1, (m) => confirmationsTo(guest).includes(m), 30_000);
  // Let every retry and relay settle, then count: exactly one of each message.
  await new Promise((done) => setTimeout(done, 3000));
  expect(confirmationsTo(guest)).toHaveLength(1);
  const [left] = (await t.db.query('SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL')) as { n: number }[];
  expect(left.n).toBe(0);
  await kill(worker, 'SIGTERM');
}, 60_000);

it('retries a job whose worker was killed mid-job, and completes it once', async () => {
  smtp.delayMs = 4000;
  const first = startWorker();
  const receivingBefore = smtp.receiving;
  const guest = await reserve();
  // Wait until the worker is in the middle of the SMTP transfer, then kill it without warning.
  for (let i = 0; i < 300 && smtp.receiving === receivingBefore; i++) await new Promise((done) => setTimeout(done, 50));
  expect(smtp.receiving).toBeGreaterThan(receivingBefore);
  await kill(first, 'SIGKILL');
  smtp.delayMs = 0;
  expect(confirmationsTo(guest)).toHaveLength(0);

  const second = startWorker();
  await smtp.waitFor(1, (m) => confirmationsTo(guest).includes(m), 45_000);
  await new Promise((done) => setTimeout(done, 3000));
  expect(confirmationsTo(guest)).toHaveLength(1);
  await kill(second, 'SIGTERM');
}, 90_000);

it('stops gracefully on SIGTERM, letting the active job finish', async () => {
  smtp.delayMs = 1500;
  const worker = startWorker();
  const receivingBefore = smtp.receiving;
  const guest = await reserve();
  for (let i = 0; i < 300 && smtp.receiving === receivingBefore; i++) await new Promise((done) => setTimeout(done, 50));
  const exited = new Promise<number | null>((done) => worker.once('exit', (code) => done(code)));
  worker.kill('SIGTERM');
  expect(await exited).toBe(0);
  smtp.delayMs = 0;
  // The job that was running when SIGTERM came was finished, not abandoned.
  expect(confirmationsTo(guest)).toHaveLength(1);
}, 60_000);
