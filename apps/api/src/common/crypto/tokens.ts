import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets handed to people (access tokens, undo links, invitations) are 256 random bits, and only their SHA-256
 * is stored: a leaked database does not leak usable tokens, and a lookup by hash needs no slow KDF because the
 * token itself is high-entropy.
 */
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A token derived from a server secret and a purpose, so it can be shown again (idempotent retries) without storing it. */
export function derivedToken(secret: string, purpose: string, subject: string, prefix: string): string {
  return prefix + createHmac('sha256', secret).update(`${purpose}:${subject}`).digest('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
