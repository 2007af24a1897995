import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../../apps/api/src/app.setup';
import { loadConfig } from '../../../apps/api/src/common/config/app-config';
import { QueryCounter } from '../../../apps/api/src/database/query-counter';
import { apiEnvironment } from '../../cache/servers';
import { Answer, giftListPath, ownerHeaders, send } from '../guests';
import type { SeededRegistry } from '../seed';
import type { World } from '../world';

/**
 * Scenario 7: SQL statements per request, for every public and owner endpoint a guest or couple uses, on the
 * 20-item and on the 2,000-item list. A fourth API runs in this process with a counting TypeORM logger; requests
 * go one at a time, and work the request started after its answer (the outbox relay) is counted with it.
 * The two columns must be equal: a count that grows with the list is an N+1.
 */
export interface QueryBudgetRow {
  endpoint: string;
  small: number;
  large: number;
  equal: boolean;
}

/** What earlier steps learnt, from live answers (the wave before this scenario has reserved and renamed since the seed). */
interface State {
  etag: string;
  /** An item guests can still reserve. */
  available: string;
  undoToken: string;
  /** Every item id, in order, and one nobody has reserved (it may be deleted). */
  itemIds: string[];
  unreserved: string;
  added: string;
}

interface Step {
  endpoint: string;
  expect: number;
  request: (registry: SeededRegistry, state: State) => { method?: string; path: string; headers?: Record<string, string>; body?: unknown };
  keep?: (answer: Answer, state: State) => void;
}

interface ItemFacts {
  id: string;
  reserved: number;
  remaining: number | null;
}

const publicList = (r: SeededRegistry) => giftListPath(r.slug);
const json = (answer: Answer) => JSON.parse(answer.body) as Record<string, unknown>;
const found = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`query budget: no ${what}`);
  return value;
};

const STEPS: Step[] = [
  {
    endpoint: 'GET gift list (miss, after a write)',
    expect: 200,
    request: (r) => ({ path: publicList(r) }),
    keep: (a, s) => {
      s.etag = String(a.headers.etag);
      s.available = found(
        (json(a).items as ItemFacts[]).find((i) => i.remaining === null || i.remaining > 0),
        'item left to reserve',
      ).id;
    },
  },
  { endpoint: 'GET gift list (warm)', expect: 200, request: (r) => ({ path: publicList(r) }) },
  { endpoint: 'GET gift list (If-None-Match → 304)', expect: 304, request: (r, s) => ({ path: publicList(r), headers: { 'if-none-match': s.etag } }) },
  {
    endpoint: 'POST reservation',
    expect: 201,
    request: (r, s) => ({
      method: 'POST',
      path: `${publicList(r)}/reservations`,
      body: {
        itemId: s.available,
        quantity: 1,
        name: 'Counting guest',
        email: 'count@guests.example.com',
      },
    }),
    keep: (a, s) => (s.undoToken = String(json(a).undoToken)),
  },
  { endpoint: 'DELETE reservation (undo)', expect: 200, request: (_r, s) => ({ method: 'DELETE', path: `/api/public/reservations/${s.undoToken}` }) },
  { endpoint: 'GET /api/registries (mine)', expect: 200, request: (r) => ({ path: '/api/registries', headers: ownerHeaders(r) }) },
  { endpoint: 'GET registry', expect: 200, request: (r) => ({ path: `/api/registries/${r.id}`, headers: ownerHeaders(r) }) },
  {
    endpoint: 'PATCH registry (title)',
    expect: 200,
    request: (r) => ({ method: 'PATCH', path: `/api/registries/${r.id}`, headers: ownerHeaders(r), body: { title: `Counted ${r.key}` } }),
  },
  {
    endpoint: 'GET items',
    expect: 200,
    request: (r) => ({ path: `/api/registries/${r.id}/items`, headers: ownerHeaders(r) }),
    keep: (a, s) => {
      const items = JSON.parse(a.body) as ItemFacts[];
      s.unreserved = found(
        items.findLast((i) => i.reserved === 0),
        'unreserved item',
      ).id;
      s.itemIds = items.map((i) => i.id).filter((id) => id !== s.unreserved);
    },
  },
  // A registry holds at most 2,000 items: make room for the one added next (an item nobody reserved yet).
  {
    endpoint: 'DELETE item',
    expect: 204,
    request: (r, s) => ({ method: 'DELETE', path: `/api/registries/${r.id}/items/${s.unreserved}`, headers: ownerHeaders(r) }),
  },
  {
    endpoint: 'POST item',
    expect: 201,
    request: (r) => ({ method: 'POST', path: `/api/registries/${r.id}/items`, headers: ownerHeaders(r), body: { name: 'A counted gift', quantity: 2 } }),
    keep: (a, s) => (s.added = String(json(a).id)),
  },
  {
    endpoint: 'PATCH item',
    expect: 200,
    request: (r, s) => ({
      method: 'PATCH',
      path: `/api/registries/${r.id}/items/${s.added}`,
      headers: ownerHeaders(r),
      body: { name: 'A counted gift, renamed' },
    }),
  },
  {
    endpoint: 'PUT items/order',
    expect: 200,
    request: (r, s) => ({
      method: 'PUT',
      path: `/api/registries/${r.id}/items/order`,
      headers: ownerHeaders(r),
      body: { itemIds: [s.added, ...s.itemIds] },
    }),
  },
  {
    endpoint: 'GET reservations (first page)',
    expect: 200,
    request: (r) => ({ path: `/api/registries/${r.id}/reservations?limit=100`, headers: ownerHeaders(r) }),
  },
  {
    endpoint: 'POST invitations (share by e-mail)',
    expect: 202,
    request: (r) => ({
      method: 'POST',
      path: `/api/registries/${r.id}/invitations`,
      headers: ownerHeaders(r),
      body: { emails: ['aunt@guests.example.com'], message: 'Hello!' },
    }),
  },
];

export async function queryBudget(world: World): Promise<QueryBudgetRow[]> {
  const counter = new QueryCounter();
  const app = await createApp(loadConfig({ ...process.env, ...apiEnvironment(world.scratch) }), counter);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  try {
    const small = await count(base, counter, world.list('list-20'));
    const large = await count(base, counter, world.list('list-2000'));
    return STEPS.map(({ endpoint }, i) => ({ endpoint, small: small[i], large: large[i], equal: small[i] === large[i] }));
  } finally {
    await app.close();
  }
}

/** Waits until no statement has been sent for 200 ms: the work a request started after answering is done. */
async function settled(counter: QueryCounter): Promise<void> {
  for (let last = -1; last !== counter.count;) {
    last = counter.count;
    await sleep(200);
  }
}

async function count(base: string, counter: QueryCounter, registry: SeededRegistry): Promise<number[]> {
  // The first GET below must be a miss: a write moves the list to a version no process has built yet.
  const touched = await send(base, {
    method: 'PATCH',
    path: `/api/registries/${registry.id}`,
    headers: ownerHeaders(registry),
    body: { welcomeMessage: 'Counting queries.' },
  });
  if (touched.status !== 200) throw new Error(`query budget: PATCH registry answered ${touched.status}`);
  await settled(counter);
  const state: State = { etag: '', available: '', undoToken: '', itemIds: [], unreserved: '', added: '' };
  const counts: number[] = [];
  for (const step of STEPS) {
    const before = counter.count;
    const answer = await send(base, step.request(registry, state));
    await settled(counter);
    if (answer.status !== step.expect)
      throw new Error(`query budget: ${step.endpoint} on ${registry.key} answered ${answer.status} ${answer.body.slice(0, 300)}`);
    counts.push(counter.count - before);
    step.keep?.(answer, state);
  }
  return counts;
}
