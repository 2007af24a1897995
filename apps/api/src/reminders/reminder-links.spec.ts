import { reminderToken, verifyReminderToken } from './reminder-links';

const SECRET = 'a-test-secret-that-is-long-enough-to-pass-config';
const ID = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';

describe('reminder tokens', () => {
  it('name the reservation they were signed for', () => {
    const token = reminderToken(SECRET, ID);
    expect(token).toMatch(/^wgm_3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b_[\w-]{43}$/);
    expect(verifyReminderToken(SECRET, token)).toBe(ID);
  });

  it('refuse another secret, another reservation under the same signature, and anything malformed', () => {
    const token = reminderToken(SECRET, ID);
    expect(verifyReminderToken(`${SECRET}x`, token)).toBeNull();
    const other = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6c';
    expect(verifyReminderToken(SECRET, token.replace(ID, other))).toBeNull();
    const signature = token.slice(-43);
    const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(verifyReminderToken(SECRET, token.slice(0, -43) + flipped)).toBeNull();
    for (const bad of ['', 'wgm_', `wgu_${ID}_${signature}`, `${token}x`, token.toUpperCase(), `wgm_${ID}`])
      expect(verifyReminderToken(SECRET, bad)).toBeNull();
  });
});
