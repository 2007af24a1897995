import type { TestApp } from './test-app';

/** Puts a registry on a plan directly, as a payment or an admin would (bumping its version, as they do). */
export async function setPlan(t: TestApp, registryId: string, plan: 'free' | 'standard' | 'premium'): Promise<void> {
  await t.db.query('UPDATE registries SET plan = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [registryId, plan]);
}

/**
 * A verified custom domain without the DNS round trip, for tests about what a routed domain does (the verification
 * itself is tested in custom-domains.test.ts). Puts the registry on Standard, which includes a custom domain.
 */
export async function routeDomain(t: TestApp, registryId: string, host: string): Promise<void> {
  await setPlan(t, registryId, 'standard');
  await t.db.query(
    `INSERT INTO custom_domains (registry_id, host, token, verified_at, checked_at) VALUES ($1, $2, md5(random()::text), now(), now())
     ON CONFLICT (registry_id) DO UPDATE SET host = EXCLUDED.host, verified_at = now()`,
    [registryId, host],
  );
  await t.db.query('UPDATE registries SET custom_domain = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [registryId, host]);
}
