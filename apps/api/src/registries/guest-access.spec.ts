import { Session } from 'fastify';
import { ProblemException } from '../common/problem/problem';
import { assertGuestMayRead, surpriseHidden, unlockStamp } from './guest-access';

describe('assertGuestMayRead', () => {
  const locked = { id: 'r1', visibility: 'password' as const, passwordHash: '$argon2id$hash-one' };
  const session = (unlocked?: Record<string, string>) => ({ unlocked }) as unknown as Session;

  it('lets anyone read public and unlisted registries', () => {
    expect(() => assertGuestMayRead({ ...locked, visibility: 'public' }, undefined)).not.toThrow();
    expect(() => assertGuestMayRead({ ...locked, visibility: 'unlisted' }, undefined)).not.toThrow();
  });

  it('refuses a password registry until this session unlocked it', () => {
    expect(() => assertGuestMayRead(locked, undefined)).toThrow(ProblemException);
    expect(() => assertGuestMayRead(locked, session({ other: unlockStamp(locked.passwordHash) }))).toThrow(ProblemException);
    expect(() => assertGuestMayRead(locked, session({ r1: unlockStamp(locked.passwordHash) }))).not.toThrow();
  });

  it('locks again when the password changes', () => {
    const unlocked = session({ r1: unlockStamp(locked.passwordHash) });
    expect(() => assertGuestMayRead({ ...locked, passwordHash: '$argon2id$hash-two' }, unlocked)).toThrow(ProblemException);
  });
});

describe('surpriseHidden', () => {
  it('hides until the reveal date, then shows', () => {
    expect(surpriseHidden({ surpriseMode: true, revealDate: '2027-06-12' }, '2027-06-11')).toBe(true);
    expect(surpriseHidden({ surpriseMode: true, revealDate: '2027-06-12' }, '2027-06-12')).toBe(false);
  });

  it('hides for good without a reveal date, and never when surprise mode is off', () => {
    expect(surpriseHidden({ surpriseMode: true, revealDate: null }, '2099-01-01')).toBe(true);
    expect(surpriseHidden({ surpriseMode: false, revealDate: '2027-06-12' }, '2027-01-01')).toBe(false);
  });
});
