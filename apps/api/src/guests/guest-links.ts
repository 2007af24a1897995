import { createHmac } from 'node:crypto';
import type { AppConfig } from '../common/config/app-config';
import { constantTimeEqual } from '../common/crypto/tokens';

/** Makes a leaked guest-page token recognizable in logs and secret scanners. */
const PREFIX = 'wgg_';
const PURPOSE = 'guest-page';
/** An address is at most 254 characters; with the id, the expiry and the MAC a real token stays far below this. */
const MAX_TOKEN_LENGTH = 700;

export interface GuestTokenClaims {
  registryId: string;
  /** The guest's address as stored (lower-cased by the DTOs). */
  email: string;
  expiresAt: Date;
}

export type GuestLinkConfig = Pick<AppConfig, 'publicUrl' | 'sessionSecret' | 'guestPageLinkDays'>;

/**
 * A guest has no account: their page is opened with a token that names one registry and one address, signed with
 * an HMAC of the server secret, with an expiry. Nothing is stored, so the worker can put a link in any e-mail from
 * the registry id and the address alone, and a changed SESSION_SECRET retires every link at once. The claims are
 * readable (base64url, not encrypted): they only say what the guest's own inbox already knows.
 */
export function guestToken(secret: string, claims: GuestTokenClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.registryId, claims.email, Math.floor(claims.expiresAt.getTime() / 1000)])).toString('base64url');
  return `${PREFIX}${payload}.${mac(secret, payload)}`;
}

/** The claims of a well-formed, correctly signed and unexpired token; null for anything else (the caller answers 404). */
export function verifyGuestToken(secret: string, token: string, now = new Date()): GuestTokenClaims | null {
  if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) return null;
  const [payload, signature, extra] = token.slice(PREFIX.length).split('.');
  if (!payload || !signature || extra !== undefined || !constantTimeEqual(signature, mac(secret, payload))) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString()) as unknown;
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [registryId, email, expires] = value as unknown[];
    if (typeof registryId !== 'string' || typeof email !== 'string' || typeof expires !== 'number') return null;
    const expiresAt = new Date(expires * 1000);
    return expiresAt > now ? { registryId, email, expiresAt } : null;
  } catch {
    return null;
  }
}

/**
 * The link to a guest's own page ("my gifts") on one registry, valid GUEST_PAGE_LINK_DAYS from now. The
 * confirmation e-mails, the guest-link e-mail and the reminders all carry it.
 */
export function guestPageUrl(config: GuestLinkConfig, registryId: string, email: string, now = new Date()): string {
  const expiresAt = new Date(now.getTime() + config.guestPageLinkDays * 86_400_000);
  return `${config.publicUrl}/my-gifts/${guestToken(config.sessionSecret, { registryId, email: email.toLowerCase(), expiresAt })}`;
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${payload}`).digest('base64url');
}
