import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createRegistry, createUser } from './support/factories';
import { TestDnsServer } from './support/dns-server';
import { expectMatchesSpec } from './support/openapi-contract';
import { setPlan } from './support/plans';
import { TestApp, startTestApp } from './support/test-app';

/** Verified custom domains against a real DNS server on loopback (DNS_RESOLVER), standing in for couples' DNS providers. */
let t: TestApp;
let dns: TestDnsServer;

beforeAll(async () => {
  dns = await TestDnsServer.start();
  t = await startTestApp({ DNS_RESOLVER: dns.address, PUBLIC_URL: 'https://app.whispergifts.example', PLATFORM_DOMAINS: 'whispergifts.example' });
});

afterAll(async () => {
  await t?.close();
  await dns?.close();
});

const PROBLEMS = 'https://whispergifts.com/problems/';
const expectProblem = (response: Response, status: number, type: string) => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
};
const host = () => `gifts-${randomBytes(3).toString('hex')}.example.com`;
const base = (registry: TestRegistry) => `/api/registries/${registry.id}/custom-domain`;

async function coupleOn(plan: 'free' | 'standard' | 'premium'): Promise<{ owner: TestUser; registry: TestRegistry }> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  await setPlan(t, registry.id, plan);
  return { owner, registry };
}

async function claim(owner: TestUser, registry: TestRegistry, domain: string) {
  const response = await owner.agent().put(base(registry)).send({ domain }).expect(200);
  expectMatchesSpec(response, 'PUT', '/api/registries/{registryId}/custom-domain');
  return response.body as { records: { type: string; name: string; value: string }[]; status: string };
}

const verify = (owner: TestUser, registry: TestRegistry) => owner.agent().post(`${base(registry)}/verify`);
const routedSlug = async (domain: string) => {
  const response = await t.http().get(`/api/public/domains/${domain}`);
  return response.status === 200 ? (response.body as { slug: string }).slug : null;
};

describe('claiming a domain', () => {
  it('shows the TXT record and the CNAME to set, and routes nothing yet', async () => {
    const { owner, registry } = await coupleOn('standard');
    const domain = host();
    const claimed = await claim(owner, registry, ` ${domain.toUpperCase()}. `);
    expect(claimed).toMatchObject({ domain, status: 'pending', verifiedAt: null, failure: null });
    const [txt, cname] = claimed.records;
    expect(txt).toEqual({ type: 'TXT', name: `_whispergifts.${domain}`, value: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(cname).toEqual({ type: 'CNAME', name: domain, value: 'app.whispergifts.example' });
    expect(await routedSlug(domain)).toBeNull();
    const got = await owner.agent().get(base(registry)).expect(200);
    expectMatchesSpec(got, 'GET', '/api/registries/{registryId}/custom-domain');
    expect(got.body).toEqual(claimed);
    // Claiming it again keeps the token the couple may have published already.
    expect((await claim(owner, registry, domain)).records[0].value).toBe(txt.value);
  });

  it('is Standard and Premium only: Free gets 403 plan-limit naming Standard', async () => {
    const { owner, registry } = await coupleOn('free');
    const response = await owner.agent().put(base(registry)).send({ domain: host() });
    expectProblem(response, 403, 'plan-limit');
    expect(response.body).toMatchObject({ feature: 'customDomain', requiredPlan: 'standard', plan: 'free' });
    expectMatchesSpec(response, 'PUT', '/api/registries/{registryId}/custom-domain');
    expect((await owner.agent().get(base(registry)).expect(200)).body.status).toBe('none');
  });

  it.each(['whispergifts.example', 'www.whispergifts.example', 'app.whispergifts.example', 'localhost', 'gifts.localhost'])(
    "refuses the platform's own host %s",
    async (domain) => {
      const { owner, registry } = await coupleOn('premium');
      const response = await owner.agent().put(base(registry)).send({ domain });
      expectProblem(response, 400, 'validation-error');
      expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '#/domain', code: expect.stringMatching(/^(reserved|invalid-domain)$/) })]);
    },
  );

  it('refuses IP addresses and what is not a host name', async () => {
    const { owner, registry } = await coupleOn('premium');
    for (const domain of ['127.0.0.1', '10.0.0.1', '[::1]', 'not a host', 'a'.repeat(260) + '.com']) {
      const response = await owner.agent().put(base(registry)).send({ domain });
      expectProblem(response, 400, 'validation-error');
    }
  });

  it("is another couple's 404, and no longer writable through PATCH /registries", async () => {
    const { registry } = await coupleOn('standard');
    const stranger = await createUser(t);
    expectProblem(await stranger.agent().get(base(registry)), 404, 'not-found');
    expectProblem(await stranger.agent().put(base(registry)).send({ domain: host() }), 404, 'not-found');
    expectProblem(await stranger.agent().post(`${base(registry)}/verify`), 404, 'not-found');
    const { owner: owner2, registry: own } = await coupleOn('standard');
    const patched = await owner2.agent().patch(`/api/registries/${own.id}`).send({ customDomain: host() });
    expectProblem(patched, 400, 'validation-error');
  });
});

describe('verifying by DNS', () => {
  it('verifies when the TXT record holds the token, and then routes the host', async () => {
    const { owner, registry } = await coupleOn('standard');
    const domain = host();
    const { records } = await claim(owner, registry, domain);
    // Published among other TXT records, split in two strings as some providers do.
    dns.setTxt(records[0].name, 'v=spf1 -all', [records[0].value.slice(0, 10), records[0].value.slice(10)]);
    const verified = await verify(owner, registry).expect(200);
    expectMatchesSpec(verified, 'POST', '/api/registries/{registryId}/custom-domain/verify');
    expect(verified.body).toMatchObject({ domain, status: 'verified', failure: null, verifiedAt: expect.any(String), checkedAt: expect.any(String) });
    expect(await routedSlug(domain)).toBe(registry.slug);
    expect((await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.customDomain).toBe(domain);
    await t.http().get('/api/public/tls/ask').query({ domain }).expect(204);
  });

  it('stays pending with a wrong token or no record, and says which', async () => {
    const { owner, registry } = await coupleOn('premium');
    const domain = host();
    const { records } = await claim(owner, registry, domain);
    const missing = await verify(owner, registry).expect(200);
    expect(missing.body).toMatchObject({ status: 'pending', failure: 'txt-missing', checkedAt: expect.any(String) });
    dns.setTxt(records[0].name, 'f'.repeat(32));
    expect((await verify(owner, registry).expect(200)).body).toMatchObject({ status: 'pending', failure: 'txt-mismatch' });
    dns.fail(records[0].name);
    expect((await verify(owner, registry).expect(200)).body).toMatchObject({ status: 'pending', failure: 'dns-error' });
    expect(await routedSlug(domain)).toBeNull();
    await t.http().get('/api/public/tls/ask').query({ domain }).expect(404);
  });

  it('un-routes a verified host once its record is gone, and when the couple removes it', async () => {
    const { owner, registry } = await coupleOn('standard');
    const domain = host();
    const { records } = await claim(owner, registry, domain);
    dns.setTxt(records[0].name, records[0].value);
    await verify(owner, registry).expect(200);
    dns.clear(records[0].name);
    expect((await verify(owner, registry).expect(200)).body).toMatchObject({ status: 'pending', failure: 'txt-missing', verifiedAt: null });
    expect(await routedSlug(domain)).toBeNull();

    dns.setTxt(records[0].name, records[0].value);
    await verify(owner, registry).expect(200);
    expect(await routedSlug(domain)).toBe(registry.slug);
    await owner.agent().delete(base(registry)).expect(204);
    expect(await routedSlug(domain)).toBeNull();
    expect((await owner.agent().get(base(registry)).expect(200)).body.status).toBe('none');
  });

  it("never lets an unverified claim block another couple, nor one couple take another's verified domain", async () => {
    const first = await coupleOn('standard');
    const second = await coupleOn('premium');
    const domain = host();
    const firstClaim = await claim(first.owner, first.registry, domain);
    const secondClaim = await claim(second.owner, second.registry, domain);
    expect(secondClaim.records[0].value).not.toBe(firstClaim.records[0].value);

    // The second couple proves it first: theirs.
    dns.setTxt(`_whispergifts.${domain}`, secondClaim.records[0].value);
    await verify(second.owner, second.registry).expect(200);
    expect(await routedSlug(domain)).toBe(second.registry.slug);

    // The first couple's token next to it (both control that DNS): the verified one keeps it.
    dns.setTxt(`_whispergifts.${domain}`, secondClaim.records[0].value, firstClaim.records[0].value);
    const refused = await verify(first.owner, first.registry);
    expectProblem(refused, 409, 'domain-taken');
    expectMatchesSpec(refused, 'POST', '/api/registries/{registryId}/custom-domain/verify');
    expect(await routedSlug(domain)).toBe(second.registry.slug);

    // Once only the first couple's token is published, they have proven control: the stale verification gives way.
    dns.setTxt(`_whispergifts.${domain}`, firstClaim.records[0].value);
    expect((await verify(first.owner, first.registry).expect(200)).body.status).toBe('verified');
    expect(await routedSlug(domain)).toBe(first.registry.slug);
    expect((await second.owner.agent().get(base(second.registry)).expect(200)).body).toMatchObject({ status: 'pending', failure: 'taken-over' });
  });

  it('stops routing when the plan no longer includes a custom domain', async () => {
    const { owner, registry } = await coupleOn('standard');
    const domain = host();
    const { records } = await claim(owner, registry, domain);
    dns.setTxt(records[0].name, records[0].value);
    await verify(owner, registry).expect(200);
    await setPlan(t, registry.id, 'free');
    expect(await routedSlug(domain)).toBeNull();
    await t.http().get('/api/public/tls/ask').query({ domain }).expect(404);
    expectProblem(await verify(owner, registry), 403, 'plan-limit');
  });

  it('answers the TLS ask endpoint 404 for hosts nobody verified, and for nonsense', async () => {
    for (const domain of ['nobody.example.com', '', 'x'.repeat(300)]) await t.http().get('/api/public/tls/ask').query({ domain }).expect(404);
    await t.http().get('/api/public/tls/ask').expect(404);
  });
});
