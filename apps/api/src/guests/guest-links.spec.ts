import { guestPageUrl, guestToken, isGuest, verifyGuestToken } from './guest-links';

const secret = 'a-test-secret-that-is-long-enough-000000';
const registryId = '5b1c0c4e-3f5a-4d8e-9a53-0c2b0f1e7a11';
const config = { publicUrl: 'https://gifts.example', sessionSecret: secret, guestPageLinkDays: 30 };

describe('guest page tokens', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('names the registry and the address (without showing it) until the expiry, in one short path segment', () => {
    const token = guestToken(secret, { registryId, email: 'may@example.com', expiresAt: new Date('2026-12-10T00:00:00Z') });
    expect(token).toMatch(/^wgg_[\w-]{64}$/);
    expect(Buffer.from(token.slice(4), 'base64url').toString('latin1')).not.toContain('may');
    const claims = verifyGuestToken(secret, token, now)!;
    expect(claims).toMatchObject({ registryId, expiresAt: new Date('2026-12-10T00:00:00Z') });
    expect(isGuest(secret, claims, 'may@example.com')).toBe(true);
    expect(isGuest(secret, claims, 'MAY@example.com')).toBe(true);
    expect(isGuest(secret, claims, 'june@example.com')).toBe(false);
    expect(verifyGuestToken(secret, token, new Date('2026-12-10T00:00:00Z'))).toBeNull();
  });

  it('refuses another secret, any edited byte, and garbage', () => {
    const token = guestToken(secret, { registryId, email: 'may@example.com', expiresAt: new Date('2027-01-01T00:00:00Z') });
    expect(verifyGuestToken('another-secret-that-is-long-enough-0000', token, now)).toBeNull();
    const bytes = Buffer.from(token.slice(4), 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const edited = Buffer.from(bytes);
      edited[i] ^= 1;
      expect(verifyGuestToken(secret, `wgg_${edited.toString('base64url')}`, now)).toBeNull();
    }
    expect(verifyGuestToken(secret, `wgu_${token.slice(4)}`, now)).toBeNull();
    expect(verifyGuestToken(secret, `${token}A`, now)).toBeNull();
    expect(verifyGuestToken(secret, 'wgg_', now)).toBeNull();
    expect(verifyGuestToken(secret, `wgg_${'*'.repeat(64)}`, now)).toBeNull();
  });

  it('builds the page link from the config, valid for GUEST_PAGE_LINK_DAYS', () => {
    const url = guestPageUrl(config, registryId, 'May@Example.com', now);
    expect(url).toMatch(/^https:\/\/gifts\.example\/my-gifts\/wgg_[\w-]{64}$/);
    const claims = verifyGuestToken(secret, url.split('/my-gifts/')[1], now)!;
    expect(claims.expiresAt).toEqual(new Date('2027-01-02T10:00:00Z'));
    expect(isGuest(secret, claims, 'may@example.com')).toBe(true);
  });
});
