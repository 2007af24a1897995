import { randomBytes } from 'node:crypto';
import type request from 'supertest';
import { ACCESS_TOKEN_PREFIX } from '../../src/accounts/access-tokens.service';
import { hashPassword } from '../../src/accounts/passwords';
import { newToken, sha256 } from '../../src/common/crypto/tokens';
import type { TestApp } from './test-app';

/** Test data made directly in the database (fast, no rate limits), plus agents that act as those people. */

export const DEFAULT_PASSWORD = 'a perfectly fine password';
let passwordHash: Promise<string> | undefined;
let sequence = 0;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** A personal access token for this user. */
  token: string;
  /** A client that sends the token on every request. */
  agent: () => request.Agent;
}

/** `verified: true` makes a user who has confirmed their address (needed to invite anyone, or to accept a partner invitation). */
export async function createUser(
  t: TestApp,
  overrides: { email?: string; displayName?: string; role?: 'user' | 'admin'; verified?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(DEFAULT_PASSWORD);
  const email = overrides.email ?? `user${++sequence}-${randomBytes(3).toString('hex')}@example.com`;
  const [{ id }] = (await t.db.query(
    'INSERT INTO users (email, password_hash, display_name, role, email_verified_at) VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END) RETURNING id',
    [email, await passwordHash, overrides.displayName ?? 'Test Person', overrides.role ?? 'user', overrides.verified ?? false],
  )) as { id: string }[];
  const token = newToken(ACCESS_TOKEN_PREFIX);
  // A write token, so tests act with everything the owner may do; scope tests make their own.
  await t.db.query(
    "INSERT INTO access_tokens (user_id, name, token_hash, token_hint, scope, expires_at) VALUES ($1, 'tests', $2, $3, 'write', now() + interval '1 day')",
    [id, sha256(token), token.slice(-4)],
  );
  return { id, email, password: DEFAULT_PASSWORD, token, agent: () => t.http().auth(token, { type: 'bearer' }) };
}

export interface TestRegistry {
  id: string;
  slug: string;
  version: number;
  plan?: string;
}

export async function createRegistry(owner: TestUser, fields: Record<string, unknown> = {}): Promise<TestRegistry> {
  const response = await owner
    .agent()
    .post('/api/registries')
    .send({
      slug: `couple-${++sequence}-${randomBytes(3).toString('hex')}`,
      title: 'We are getting married',
      coupleNames: 'Ana & Ben',
      currency: 'EUR',
      ...fields,
    })
    .expect(201);
  return response.body as TestRegistry;
}

export interface TestItem {
  id: string;
  name: string;
  quantity: number | null;
  version: number;
}

export async function createItem(owner: TestUser, registry: TestRegistry, fields: Record<string, unknown> = {}): Promise<TestItem> {
  const response = await owner
    .agent()
    .post(`/api/registries/${registry.id}/items`)
    .send({ name: `Gift ${++sequence}`, ...fields })
    .expect(201);
  return response.body as TestItem;
}

/** Inserts many items in one statement, for size-dependent checks (query counts). */
export async function insertItems(t: TestApp, registryId: string, count: number): Promise<void> {
  await t.db.query(
    `INSERT INTO items (registry_id, name, description, quantity, priority, category, position, price_min, price_max)
     SELECT $1, 'Gift ' || n, 'A lovely thing', 1 + n % 3, (ARRAY['high','medium','low'])[1 + n % 3], 'Category ' || n % 5, n, 1000 * n, 1500 * n
       FROM generate_series(1, $2) AS n`,
    [registryId, count],
  );
}

export function reservationBody(itemId: string, fields: Record<string, unknown> = {}) {
  return { itemId, name: 'Aunt May', email: 'may@example.com', ...fields };
}

/** A guest's pledge (minor units; 5000 = 50.00). */
export function pledgeBody(itemId: string, fields: Record<string, unknown> = {}) {
  return { itemId, amount: 5000, name: 'Aunt May', email: 'may@example.com', ...fields };
}
