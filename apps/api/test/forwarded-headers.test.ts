import { TestApp, startTestApp } from './support/test-app';

/**
 * X-Forwarded-Host and -Proto are believed only from the proxies TRUST_PROXY names (Fastify's trustProxy behind
 * `request.host` and `request.protocol`): a client talking to the API directly cannot make a cross-site request
 * look same-origin by naming the attacker's host as ours. (That nginx overwrites the header is in e2e/edge.test.ts.)
 */
let direct: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  direct = await startTestApp({ PUBLIC_URL: 'http://localhost' });
  // This test connects over loopback: to this instance it is the trusted proxy.
  behindProxy = await startTestApp({ PUBLIC_URL: 'http://localhost', TRUST_PROXY: 'loopback' }, direct);
});
afterAll(async () => {
  await behindProxy?.close();
  await direct?.close();
});

const forged = (t: TestApp) =>
  t.http().post('/api/auth/logout').set('origin', 'https://evil.example').set('x-forwarded-host', 'evil.example').set('x-forwarded-proto', 'https').send({});

it('ignores a client X-Forwarded-Host without TRUST_PROXY: the cross-site request is refused', async () => {
  const response = await forged(direct);
  expect(response.status).toBe(403);
  expect(response.body.type).toBe('https://whispergifts.com/problems/cross-site-request');
});

it('believes it from a proxy TRUST_PROXY names (which must then set it itself, as nginx does)', async () => {
  const response = await forged(behindProxy);
  expect(response.status).toBeLessThan(300);
});
