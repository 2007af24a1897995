// `npm run dev`: the whole product on this machine, with reload, against the local PostgreSQL and Redis.
//
//   api     the API on :3000 (PORT), restarted by `node --watch` whenever the compiler rewrites its output
//   worker  the worker (e-mail, thumbnails, reminders), restarted the same way
//   tsc     the API's compiler in watch mode, writing apps/api/dist
//   web     Vite on :5173 (WEB_PORT): the web app with hot reload, /api proxied to the API, /media from MEDIA_DIR
//   mail    MailDev: every e-mail the worker sends, caught on :1025 (MAIL_SMTP_PORT), readable at :1080 (MAIL_WEB_PORT)
//
// Links in e-mails and responses (guest pages, undo links, images) use PUBLIC_URL, the web app's origin, so they
// open in the browser. It first builds the API once and applies the migrations, so a fresh clone needs only a
// database (createdb whispergifts). Every setting can be overridden from the environment or from .env.
import concurrently from 'concurrently';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');

/** .env in the root, if any: KEY=value lines, the environment winning. */
function dotenv() {
  const file = resolve(root, '.env');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line))
      .filter(Boolean)
      .map(([, key, value]) => [key, value.replace(/^(['"])(.*)\1$/, '$2')]),
  );
}

const given = { ...dotenv(), ...process.env };
const apiPort = given.PORT ?? '3000';
const webPort = given.WEB_PORT ?? '5173';
const smtpPort = given.MAIL_SMTP_PORT ?? '1025';
const mailWebPort = given.MAIL_WEB_PORT ?? '1080';
const publicUrl = given.PUBLIC_URL ?? `http://localhost:${webPort}`;
const env = {
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/whispergifts',
  REDIS_URL: 'redis://127.0.0.1:6379',
  MEDIA_DIR: resolve(root, 'media'),
  HOST: '127.0.0.1',
  ...given,
  PORT: apiPort,
  WEB_PORT: webPort,
  PUBLIC_URL: publicUrl,
  MEDIA_URL: given.MEDIA_URL ?? `${publicUrl}/media`,
  SMTP_URL: given.SMTP_URL ?? `smtp://127.0.0.1:${smtpPort}`,
  API_ORIGIN: `http://127.0.0.1:${apiPort}`,
};

const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });
const tsc = resolve(root, 'node_modules/.bin/tsc');
// The first build and the watching compiler share one build-info file, so the watcher starts without rewriting
// every file (which would restart the API and the worker while they boot).
const apiBuild = `-p apps/api/tsconfig.build.json --incremental --tsBuildInfoFile apps/api/dist/.dev.tsbuildinfo`;
run('npm', ['run', 'build', '-w', 'libs/http-cache']);
run(tsc, apiBuild.split(' '));
run(process.execPath, ['apps/api/dist/database/migrate.js']);

const maildev = resolve(root, 'node_modules/.bin/maildev');
const { result } = concurrently(
  [
    { name: 'api', command: `node --watch apps/api/dist/main.js`, env },
    { name: 'worker', command: `node --watch apps/api/dist/worker.js`, env },
    { name: 'tsc', command: `${tsc} ${apiBuild} --watch --preserveWatchOutput`, env },
    { name: 'web', command: `npm run dev -w apps/web -- --port ${webPort} --strictPort`, env },
    {
      name: 'mail',
      command: `${maildev} --smtp ${smtpPort} --web ${mailWebPort} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
      env,
    },
  ],
  { cwd: root, killOthersOn: ['failure'], prefixColors: ['magenta', 'yellow', 'gray', 'cyan', 'green'] },
);
process.stdout.write(`\n  WhisperGifts: ${publicUrl}   API: http://localhost:${apiPort}/api/docs   e-mail: http://localhost:${mailWebPort}\n\n`);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
