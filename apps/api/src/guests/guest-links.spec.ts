import { guestPageUrl, guestToken, verifyGuestToken } from './guest-links';

const secret = 'a-test-secret-that-is-long-enough-000000';
const registryId = '5b1c0c4e-3f5a-4d8e-9a53-0c2b0f1e7a11';
const config = { publicUrl: 'https://gifts.example', sessionSecret: secret, guestPageLinkDays: 30 };

describe('guest page tokens', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('round-trips the registry and the address until the expiry', () => {
    const token = guestToken(secret, { registryId, email: 'may@example.com', expiresAt: new Date('2026-12-10T00:00:00Z') });
    expect(token).toMatch(/^wgg_[\w-]+\.[\w-]+$/);
    expect(verifyGuestToken(secret, token, now)).toEqual({ registryId, email: 'may@example.com', expiresAt: new Date('2026-12-10T00:00:00Z') });
    expect(verifyGuestToken(secret, token, new Date('2026-12-10T00:00:00Z'))).toBeNull();
  });

  it('refuses another secret, an edited payload, and garbage', () => {
    const token = guestToken(secret, { registryId, email: 'may@example.com', expiresAt: new Date('2027-01-01T00:00:00Z') });
    expect(verifyGuestToken('another-secret-that-is-long-enough-0000', token, now)).toBeNull();
    const [payload, mac] = token.slice(4).split('.');
    const forged = Buffer.from(JSON.stringify([registryId, 'ana@example.com', 1893456000])).toString('base64url');
    expect(verifyGuestToken(secret, `wgg_${forged}.${mac}`, now)).toBeNull();
    expect(verifyGuestToken(secret, `wgg_${payload}.${mac}.x`, now)).toBeNull();
    expect(verifyGuestToken(secret, `wgu_${payload}.${mac}`, now)).toBeNull();
    expect(verifyGuestToken(secret, 'wgg_', now)).toBeNull();
    expect(verifyGuestToken(secret, `wgg_${'a'.repeat(800)}.b`, now)).toBeNull();
  });

  it('builds the page link from the config, lower-casing the address, valid for GUEST_PAGE_LINK_DAYS', () => {
    const url = guestPageUrl(config, registryId, 'May@Example.com', now);
    const token = url.replace('https://gifts.example/my-gifts/', '');
    expect(url.startsWith('https://gifts.example/my-gifts/wgg_')).toBe(true);
    expect(verifyGuestToken(secret, token, now)).toEqual({ registryId, email: 'may@example.com', expiresAt: new Date('2027-01-02T10:00:00Z') });
  });
});
