import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { customDomainPath } from './custom-domain';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('custom domains', () => {
  it('sends a couple’s own domain to their gift list', async () => {
    api.on('GET', '/api/public/domains/{host}', ({ params }) => json({ host: params.host, slug: 'ana-and-ben' }));
    expect(await customDomainPath('gifts.ana-and-ben.com')).toBe('/r/ana-and-ben');
  });

  it('keeps our own hosts on the landing page without asking the API', async () => {
    expect(await customDomainPath('localhost')).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('shows the landing page for a domain nobody claimed', async () => {
    api.on('GET', '/api/public/domains/{host}', () => problem(404, 'not-found', 'This domain was not found.'));
    expect(await customDomainPath('unknown.example')).toBeNull();
  });
});
