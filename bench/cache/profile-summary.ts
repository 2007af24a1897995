import { readFileSync } from 'node:fs';

/**
 * Summarizes a V8 .cpuprofile (from BENCH_CPU_PROF=api npm run bench:cache): self time by function and by
 * package, and inclusive time of chosen frames, so the cost of a request can be attributed without a GUI.
 *
 *   SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/cache/profile-summary.ts FILE [TOP] [LAST_SECONDS] [FRAME...]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `lastSeconds`: only the samples of the profile's last seconds (the load, not the start-up). */
export function summarize(file: string, top = 40, frames: string[] = [], lastSeconds = Infinity): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfMs = new Map<number, number>();
  const from = profile.endTime - lastSeconds * 1e6;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

  const where = (n: ProfileNode) => {
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
    return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
  };
  const area = (n: ProfileNode) => {
    const url = n.callFrame.url;
    if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    if (url.startsWith('node:')) return url.split('/')[0].replace(/^node:internal.*/, 'node:internal');
    return url
      .replace(/^file:\/\//, '')
      .replace(/^.*\/work\/main\//, '')
      .split('/')
      .slice(0, 3)
      .join('/');
  };

  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) stack.push(byId.get(node)!);
    return stack;
  };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const inclusiveByArea = new Map<string, number>();
  // Who asked for it: the nearest frame (from the leaf up) in a package or in our own code, so that crypto work is
  // charged to the cookie signer that called it, a socket write to the framework that sent the reply, and so on.
  const byOwner = new Map<string, number>();
  const owner = (id: number) => {
    for (const node of stackOf(id)) {
      const name = area(node);
      if (!name.startsWith('(') && !name.startsWith('node:')) return name;
    }
    return area(byId.get(id)!);
  };
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    add(byFunction, where(node), ms);
    add(byArea, area(node), ms);
    for (const name of new Set(stackOf(id).map(area))) add(inclusiveByArea, name, ms);
    add(byOwner, owner(id), ms);
  }
  const print = (title: string, map: Map<string, number>, count: number) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
  };
  console.log(`${file}: ${total.toFixed(0)} ms sampled`);
  print('self time by package / area', byArea, 25);
  print('inclusive time by package / area (time with a frame of it on the stack)', inclusiveByArea, 30);
  print('self time charged to the nearest package or source folder on the stack (its node:* and native callees included)', byOwner, 30);
  print('self time by function', byFunction, top);

  // Inclusive time of frames whose function name matches one of the arguments (each sample counted once per name).
  for (const name of frames) {
    let ms = 0;
    for (const [id, self] of selfMs) if (stackOf(id).some((node) => node.callFrame.functionName === name)) ms += self;
    console.log(`inclusive ${name}: ${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(1)}%)`);
  }
}

if (require.main === module) {
  const [file, top, last, ...frames] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [TOP] [LAST_SECONDS] [FRAME...]');
  summarize(file, Number(top ?? 40), frames, last ? Number(last) : Infinity);
}
