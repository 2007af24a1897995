import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';

/**
 * The real nginx (Debian's) running the repository's own edge configuration, `nginx/whispergifts.conf.template`,
 * rendered with the addresses and directories of a test, the way the nginx image renders it in docker compose.
 * One file for the edge tests (jest, compiled to CommonJS), the browser tests (apps/web/e2e, run by Node's own
 * type stripping as an ES module) and bench/: hence only erasable TypeScript, and no `__dirname`, which ES modules lack.
 */
export const NGINX_DIR = nginxDir(process.cwd());

/** The repository's nginx/, found upwards from the working directory (the root, or apps/web for the browser tests). */
function nginxDir(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nginx', 'whispergifts.conf.template'))) return join(dir, 'nginx');
    if (dirname(dir) === dir) throw new Error(`no nginx/whispergifts.conf.template above ${from}`);
  }
}

export interface EdgeOptions {
  apiPorts: number[];
  webRoot: string;
  mediaRoot: string;
  ownHosts?: string[];
  /** The port to listen on (127.0.0.1), when the API must know the edge's URL before the edge starts; default: a free one. */
  port?: number;
  /** The API's EDGE_SHARE_DIR (marks of the lists the microcache may keep); default: the API's own default, `mediaRoot/.shareable`. */
  shareDir?: string;
  /** client_header_timeout and client_body_timeout (default 10s, as in docker-compose.yml). */
  clientTimeout?: string;
  /** send_timeout (default 20s). */
  sendTimeout?: string;
  /** limit_conn per client address (default 100). */
  connPerIp?: number;
  /** limit_conn on live-update event streams per client address (default 50). */
  eventsPerIp?: number;
  /** nginx's worker_connections (default 512); the event-stream bench holds thousands open. */
  workerConnections?: number;
  /** Changes the rendered configuration (the load harness switches the microcache off this way). */
  transform?: (conf: string) => string;
}

export class Edge {
  private process?: ChildProcess;
  readonly port: number;
  /** Where this edge's rendered configuration, logs and cache live. */
  readonly dir: string;

  private constructor(port: number, dir: string) {
    this.port = port;
    this.dir = dir;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The JSON access log, one object per request. */
  accessLog(): Record<string, unknown>[] {
    return readFileSync(join(this.dir, 'access.log'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  static async start(options: EdgeOptions): Promise<Edge> {
    // nginx's workers read these: say so now, rather than let `/` fail later with a 421 that points elsewhere.
    assertWorkersCanRead([join(options.webRoot, 'index.html'), options.mediaRoot, join(NGINX_DIR, 'errors', '50x.html')]);
    const dir = mkdtempSync(join(tmpdir(), 'wg-edge-'));
    chmodSync(dir, 0o777);
    for (const sub of ['cache', 'temp']) {
      mkdirSync(join(dir, sub));
      chmodSync(join(dir, sub), 0o777);
    }
    const port = options.port ?? (await freePort());
    const rendered = render(readFileSync(join(NGINX_DIR, 'whispergifts.conf.template'), 'utf8'), {
      WG_LISTEN: `127.0.0.1:${port}`,
      WG_OWN_HOSTS: (options.ownHosts ?? ['localhost', '127.0.0.1']).map((h) => `${h} 1;`).join(' '),
      WG_API_SERVERS: options.apiPorts.map((p) => `server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join(' '),
      WG_WEB_ROOT: options.webRoot,
      WG_MEDIA_ROOT: options.mediaRoot,
      WG_CACHE_DIR: join(dir, 'cache'),
      WG_CONF_DIR: NGINX_DIR,
      WG_SHARE_DIR: options.shareDir ?? join(options.mediaRoot, '.shareable'),
      WG_CLIENT_TIMEOUT: options.clientTimeout ?? '10s',
      WG_SEND_TIMEOUT: options.sendTimeout ?? '20s',
      WG_CONN_PER_IP: String(options.connPerIp ?? 100),
      WG_EVENTS_PER_IP: String(options.eventsPerIp ?? 50),
    }).replace(/access_log \/dev\/stdout/g, `access_log ${join(dir, 'access.log')}`);
    writeFileSync(join(dir, 'whispergifts.conf'), options.transform ? options.transform(rendered) : rendered);
    const temp = join(dir, 'temp');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
worker_processes 1;
${options.workerConnections ? `worker_rlimit_nofile ${options.workerConnections * 2 + 100};\n` : ''}events { worker_connections ${options.workerConnections ?? 512}; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${join(dir, 'whispergifts.conf')};
}
`,
    );
    const edge = new Edge(port, dir);
    await edge.run();
    return edge;
  }

  private async run(): Promise<void> {
    const conf = join(this.dir, 'nginx.conf');
    const check = spawn('nginx', ['-t', '-q', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    const errors: Buffer[] = [];
    check.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    const code = await new Promise<number | null>((done) => check.once('exit', done));
    if (code !== 0) throw new Error(`nginx -t failed:\n${Buffer.concat(errors).toString()}`);
    this.process = spawn('nginx', ['-c', conf], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${this.url}/_wg_probe`, { headers: { host: 'localhost' } });
        return;
      } catch {
        await new Promise((done) => setTimeout(done, 50));
      }
    }
    throw new Error('nginx did not start');
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      });
    }
    if (process.env.WG_KEEP_EDGE) console.log(`edge files kept in ${this.dir}`);
    else rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Started as root without a `user` directive, nginx runs its workers as its built-in default user, `nobody`
 * (Debian's build keeps it); the check below asks that user. Otherwise the workers are this process's user.
 */
const WORKER_USER = process.getuid?.() === 0 ? 'nobody' : undefined;

/**
 * Fails with what is wrong when nginx's workers could not read a file or directory they serve: typically a
 * checkout under a directory only its owner may enter (`mktemp -d` makes them mode 0700), which nginx itself
 * reports only as a 403 that the host check turns into "421 unknown host".
 */
export function assertWorkersCanRead(paths: string[]): void {
  const who = WORKER_USER ?? 'this user';
  for (const path of paths) {
    if (canRead(path)) continue;
    // Walking up, the last directory it cannot enter is the one that closes the way (those below look closed too).
    const closed = [...ancestors(path)].filter((dir) => existsSync(dir) && !canRead(dir, true)).pop();
    const where = closed
      ? `it may not enter ${closed} (mode ${(statSync(closed).mode & 0o777).toString(8).padStart(4, '0')})`
      : `${path} itself is missing or not readable`;
    throw new Error(
      `nginx's worker user (${who}) cannot read ${path}: ${where}. Move the checkout (or the directory) somewhere others may read, ` +
        `or open the directories above it (chmod o+rx); \`mktemp -d\` makes them mode 0700.`,
    );
  }
}

function canRead(path: string, searchOnly = false): boolean {
  const directory = existsSync(path) && statSync(path).isDirectory();
  if (WORKER_USER) {
    const test = searchOnly ? ['-x', path] : directory ? ['-r', path, '-a', '-x', path] : ['-r', path];
    return spawnSync('runuser', ['-u', WORKER_USER, '--', 'test', ...test]).status === 0;
  }
  try {
    accessSync(path, searchOnly ? constants.X_OK : directory ? constants.R_OK | constants.X_OK : constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function* ancestors(path: string): Generator<string> {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    yield dir;
    if (dirname(dir) === dir) return;
  }
}

function render(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(WG_[A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for ${name}`);
    return values[name];
  });
}

/** A TCP port on loopback that nothing listens on right now (the kernel picks it), for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
