import type { Session } from 'fastify';
import { sha256 } from '../common/crypto/tokens';
import { ProblemException, msg } from '../common/problem/problem';
import type { Registry } from './registry.entity';

/**
 * Guests reach a password-protected registry only after unlocking it in this browser session. The session
 * remembers a stamp of the password hash, so changing the password locks everyone out again.
 */
export function unlockStamp(passwordHash: string): string {
  return sha256(passwordHash).slice(0, 16);
}

export function assertGuestMayRead(registry: Pick<Registry, 'id' | 'visibility' | 'passwordHash'>, session: Session | undefined): void {
  if (registry.visibility !== 'password') return;
  const stamp = session?.unlocked?.[registry.id];
  if (!stamp || !registry.passwordHash || stamp !== unlockStamp(registry.passwordHash)) {
    throw registryLocked();
  }
}

/** 401 `registry-locked`: the guest's session has not unlocked this password-protected list. */
export const registryLocked = () => new ProblemException(401, 'registry-locked', msg('problems:registry-locked.locked'));

/** In surprise mode the couple does not see who reserved what until the reveal date (UTC). */
export function surpriseHidden(registry: Pick<Registry, 'surpriseMode' | 'revealDate'>, today = new Date().toISOString().slice(0, 10)): boolean {
  return registry.surpriseMode && (!registry.revealDate || today < registry.revealDate);
}
