import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Edge, NGINX_DIR } from './support/nginx';

/**
 * A web root nginx's workers cannot read (a checkout under `mktemp -d`, mode 0700) used to show only as
 * "421 unknown host" on `/`. The edge tests' harness and the nginx image both say what is wrong before nginx starts.
 */
let home: string;
let web: string;
let media: string;
// Root's workers run as nobody, whom 0700 shuts out; any other user's workers run as that user, whom only 0000 does.
const CLOSED = process.getuid?.() === 0 ? 0o700 : 0o000;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'wg-closed-'));
  web = join(home, 'checkout', 'apps', 'web', 'dist');
  media = join(home, 'media');
  mkdirSync(web, { recursive: true, mode: 0o755 });
  mkdirSync(media, { mode: 0o755 });
  writeFileSync(join(web, 'index.html'), '<div id="root"></div>');
});
afterEach(() => {
  chmodSync(home, 0o700);
  rmSync(home, { recursive: true, force: true });
});

it('the test harness refuses to start, naming the directory that shuts the workers out', async () => {
  chmodSync(home, CLOSED);
  await expect(Edge.start({ apiPorts: [1], webRoot: web, mediaRoot: media })).rejects.toThrow(
    new RegExp(`cannot read ${join(web, 'index.html')}: it may not enter ${home} \\(mode 0${CLOSED.toString(8)}\\)`),
  );
});

it('starts once the directories are open to others', async () => {
  chmodSync(home, 0o755);
  const edge = await Edge.start({ apiPorts: [1], webRoot: web, mediaRoot: media });
  await edge.stop();
});

describe("the image's start-up check (nginx/check-readable-roots.sh)", () => {
  const check = () =>
    spawnSync('sh', [join(NGINX_DIR, 'check-readable-roots.sh')], {
      env: { ...process.env, WG_WEB_ROOT: web, WG_MEDIA_ROOT: media, WG_CONF_DIR: NGINX_DIR, NGINX_WORKER_USER: 'nobody' },
      encoding: 'utf8',
    });

  it('fails with a message naming the path and the closed directory', () => {
    chmodSync(home, CLOSED);
    const result = check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot read ${join(web, 'index.html')}: it may not enter ${home} (mode ${CLOSED.toString(8)})`);
    expect(result.stderr).toContain(`cannot read ${media}`);
  });

  it('passes when the workers can read everything', () => {
    chmodSync(home, 0o755);
    expect(check()).toMatchObject({ status: 0, stderr: '' });
  });
});
