import 'reflect-metadata';
import autocannon from 'autocannon';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { cpuModel } from '../cache/report';
import { apiEnvironment, startServer, stopAll } from '../cache/servers';
import { createDatabase, deleteRedisKeys, dropDatabase, newScratch, seed } from '../cache/setup';
import { BenchSmtp } from './smtp-sink';

/**
 * `npm run bench:mail`: does a guest's reservation wait on e-mail? The same reservation load runs twice against
 * the real API with a real worker: once with an SMTP server that answers at once, once with one that takes 2 s
 * per message. The API only writes the e-mails to the outbox, so its latency should not move (target: within 20%).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 10;
const DELAY_MS = 2000;
const RESULTS_FILE = resolve(__dirname, '../results/mail.json');
const DOC_FILE = resolve(__dirname, '../../docs/benchmarks.md');
const START = '<!-- bench:mail start -->';
const END = '<!-- bench:mail end -->';

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  mailsAcceptedDuringRun: number;
}

async function reservationLoad(url: string, itemId: string): Promise<Figures & { statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let counter = 0;
  // Each request a different guest, as in real life.
  const body = () => JSON.stringify({ itemId, quantity: 1, name: 'Bench guest', email: `guest${++counter}@example.com`, message: 'Congratulations!' });
  const instance = autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json' },
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    latencies.push(responseTime);
  });
  const result = await instance;
  const errors =
    result.errors +
    result.timeouts +
    Object.entries(statuses)
      .filter(([s]) => s !== '201')
      .reduce((n, [, c]) => n + c, 0);
  return {
    requestsPerSecond: latencies.length / SECONDS,
    // autocannon's own histogram: whole milliseconds, ample for reservations that take several.
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    mailsAcceptedDuringRun: 0,
    statuses,
  };
}

async function main() {
  const scratch = newScratch();
  const smtp = new BenchSmtp();
  const smtpUrl = await smtp.start();
  try {
    await createDatabase(scratch);
    const seeded = await seed(scratch.databaseUrl);
    const db = new Client({ connectionString: scratch.databaseUrl });
    await db.connect();
    const [{ id: itemId }] = (await db.query<{ id: string }>('SELECT id FROM items WHERE quantity IS NULL ORDER BY position LIMIT 1')).rows;
    const env = { ...apiEnvironment(scratch), SMTP_URL: smtpUrl };
    const api = await startServer('api', '../cache/api-server.ts', env);
    await startServer('worker', '../mail/worker-child.ts', env);
    const url = `${api.url}/api/public/registries/${seeded.slug}/reservations`;

    // Warm-up (discarded): JIT, connection pools, the first fragments.
    await reservationLoad(url, itemId);
    const runs: Record<'instant' | 'slow', Figures> = {} as never;
    for (const [name, delay] of [
      ['instant', 0],
      ['slow', DELAY_MS],
    ] as const) {
      smtp.delayMs = delay;
      const before = smtp.accepted;
      const figures = await reservationLoad(url, itemId);
      runs[name] = { ...figures, mailsAcceptedDuringRun: smtp.accepted - before };
      console.log(
        `${name.padEnd(8)} SMTP ${String(delay).padStart(4)} ms/message: ${figures.requestsPerSecond.toFixed(0)} reservations/s, p50 ${figures.p50.toFixed(2)} ms, p99 ${figures.p99.toFixed(2)} ms, errors ${figures.errors}, e-mails accepted meanwhile ${runs[name].mailsAcceptedDuringRun}`,
      );
      if (figures.errors) throw new Error(`unexpected responses: ${JSON.stringify(figures.statuses)}`);
    }
    const [{ n: pending }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL')).rows;
    await db.end();
    const p50Change = runs.slow.p50 / runs.instant.p50 - 1;
    const p99Change = runs.slow.p99 / runs.instant.p99 - 1;
    const within = Math.abs(p50Change) <= 0.2 && Math.abs(p99Change) <= 0.2;
    console.log(
      `p50 changed ${(p50Change * 100).toFixed(1)}%, p99 ${(p99Change * 100).toFixed(1)}% (target: within ±20%: ${within ? 'met' : 'NOT met'}); outbox events not yet relayed at the end: ${pending}`,
    );

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpuModel(),
      seconds: SECONDS,
      connections: CONNECTIONS,
      runs,
      p50Change,
      p99Change,
      withinTarget: within,
    };
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    const f = (x: Figures) => `| ${x.requestsPerSecond.toFixed(0)} | ${x.p50.toFixed(2)} | ${x.p99.toFixed(2)} | ${x.errors} | ${x.mailsAcceptedDuringRun} |`;
    const section = `${START}
## Reservations do not wait on e-mail (npm run bench:mail)

${results.date.slice(0, 10)}, Node ${results.node}, ${results.cpu}. ${CONNECTIONS} connections, ${SECONDS} s each, one API process and one worker on the same machine; every request a new guest reserving an unlimited gift (201).

| SMTP server | reservations/s | p50 ms | p99 ms | errors | e-mails accepted during the run |
| --- | --- | --- | --- | --- | --- |
| answers at once ${f(runs.instant).slice(1)}
| takes ${DELAY_MS / 1000} s per message ${f(runs.slow).slice(1)}

All of it shares two cores: the API, the worker (which sends mail as fast as the server takes it in the first run), PostgreSQL, Redis and the load generator, so the first run's worker competes with the API for CPU.

Latency with the slow mail server: p50 ${(p50Change * 100).toFixed(1)}%, p99 ${(p99Change * 100).toFixed(1)}% (target within ±20%: ${within ? 'met' : 'not met'}). The API writes e-mails to the outbox in the reservation's transaction and never talks to SMTP; the worker drains the queue at the mail server's pace.
${END}`;
    let doc = existsSync(DOC_FILE) ? readFileSync(DOC_FILE, 'utf8') : '# Benchmarks\n';
    const s = doc.indexOf(START);
    const e = doc.indexOf(END);
    doc = s >= 0 && e > s ? doc.slice(0, s) + section + doc.slice(e + END.length) : `${doc.trimEnd()}\n\n${section}\n`;
    writeFileSync(DOC_FILE, doc);
  } finally {
    await stopAll();
    await smtp.close();
    await deleteRedisKeys(scratch.redisKeyPrefix).catch(() => 0);
    await dropDatabase(scratch).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
