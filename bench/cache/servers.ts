import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ReadyMessage } from './child';
import { REDIS_URL, Scratch } from './setup';

const BENCH = resolve(__dirname, '..');
export const PROFILE_DIR = join(BENCH, 'results', 'profiles');

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  startupMs: number;
  /** The child's process.memoryUsage(), after a full collection when it runs with --expose-gc. */
  memory: () => Promise<NodeJS.MemoryUsage>;
  /** Sends the child a message and resolves with its first answer of type `answer` (a child's own IPC questions). */
  ask: <T>(message: { type: string } & Record<string, unknown>, answer: string) => Promise<T>;
  stop: () => Promise<void>;
}

const running = new Set<ServerProcess>();

/** Where the API says uploaded images are; the naive app is told the same, so both write the same URLs. */
export const MEDIA_URL = 'http://127.0.0.1:3000/media';

/** The API's configuration for a run: production mode, silent, its own database and Redis key prefix. */
export function apiEnvironment(scratch: Scratch): Record<string, string> {
  return {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DATABASE_URL: scratch.databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL,
    CACHE_REDIS_URL: REDIS_URL,
    REDIS_KEY_PREFIX: scratch.redisKeyPrefix,
    CACHE_SCHEMA_REVISION: '1',
    // Keys are removed at the end; should cleanup be skipped (kill -9), they expire within the hour anyway.
    CACHE_TTL_SECONDS: '3600',
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://127.0.0.1:3000',
    MEDIA_URL,
    MEDIA_DIR: scratch.mediaDir,
    TRUST_PROXY: '',
    // Every simulated guest comes from this one loopback address with made-up e-mails: the abuse limits on
    // reservations and pledges (per IP, per address, holds past a rate) would turn the load into 429s and holds.
    RATE_LIMIT_RESERVATION_IP: '1000000/3600',
    RATE_LIMIT_RESERVATION_EMAIL: '1000000/3600',
    RATE_LIMIT_PLEDGE_IP: '1000000/3600',
    RATE_LIMIT_PLEDGE_EMAIL: '1000000/3600',
    RESERVATION_HOLD_AFTER: '100000',
  };
}

/**
 * Starts `script` (TypeScript, compiled on the fly by @swc-node/register with decorator metadata) as a child
 * process with its own event loop, so the load generator in this process never shares one with a server.
 * With BENCH_CPU_PROF naming this server (or "all"), the child writes a V8 CPU profile to bench/results/profiles.
 */
export async function startServer(name: string, script: string, env: Record<string, string>): Promise<ServerProcess> {
  const profiled = (process.env.BENCH_CPU_PROF ?? '').split(',').some((n) => n === name || n === 'all');
  if (profiled) mkdirSync(PROFILE_DIR, { recursive: true });
  const started = performance.now();
  const child: ChildProcess = fork(resolve(__dirname, script), [], {
    execArgv: [
      '--require',
      '@swc-node/register',
      ...(profiled ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []),
    ],
    env: { ...process.env, SWC_NODE_PROJECT: join(BENCH, 'tsconfig.json'), SWC_NODE_SOURCE_MAP_MODE: 'inline', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not ready after 90 s`)), 90_000);
    child.once('message', (message: ReadyMessage) => {
      clearTimeout(timer);
      if (message?.type === 'ready') resolvePort(message.port);
      else reject(new Error(`${name}: unexpected message ${JSON.stringify(message)}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited before it was ready (code ${code}, signal ${signal})`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const server: ServerProcess = {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    startupMs: performance.now() - started,
    memory: () => server.ask<NodeJS.MemoryUsage>({ type: 'memory' }, 'memory'),
    ask: <T>(message: { type: string } & Record<string, unknown>, answer: string) =>
      new Promise<T>((resolveAnswer) => {
        const onMessage = (reply: { type?: string }) => {
          if (reply?.type !== answer) return;
          child.off('message', onMessage);
          resolveAnswer(reply as T);
        };
        child.on('message', onMessage);
        child.send(message);
      }),
    stop: async () => {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  child.on('exit', (code) => {
    if (running.has(server)) console.error(`!! ${name} (pid ${child.pid}) exited during the run (code ${code})`);
  });
  running.add(server);
  return server;
}

/** Stops every server still running (cleanup, also after a failure). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop().catch(() => undefined)));
}
