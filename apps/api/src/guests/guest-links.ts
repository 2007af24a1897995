import { createHmac } from 'node:crypto';
import type { AppConfig } from '../common/config/app-config';
import { constantTimeEqual } from '../common/crypto/tokens';

/** Makes a leaked guest-page token recognizable in logs and secret scanners. */
const PREFIX = 'wgg_';
/** registry id (16) + expiry in seconds (4) + guest key (12) + MAC (16): 64 base64url characters, within the router's 100 per path segment. */
const GUEST_KEY_BYTES = 12;
const MAC_BYTES = 16;
const CLAIM_BYTES = 16 + 4 + GUEST_KEY_BYTES;
const TOKEN_LENGTH = PREFIX.length + Math.ceil(((CLAIM_BYTES + MAC_BYTES) * 4) / 3);

export interface GuestTokenClaims {
  registryId: string;
  /** Names the guest's address without showing it: see guestKey. */
  guestKey: Buffer;
  expiresAt: Date;
}

export type GuestLinkConfig = Pick<AppConfig, 'publicUrl' | 'sessionSecret' | 'guestPageLinkDays'>;

/**
 * A guest has no account: their page opens with a token that names one registry and one address, with an expiry,
 * signed with an HMAC of the server secret (truncated to 128 bits). Nothing is stored, so the worker can put a link
 * in any e-mail from the registry id and the address alone, and a changed SESSION_SECRET retires every link at once.
 * The address is not in the token, only a keyed hash of it (guestKey), so the link in a log or a browser history
 * does not give the address away; the API finds the guest among the registry's addresses by that hash.
 */
export function guestToken(secret: string, claims: { registryId: string; email: string; expiresAt: Date }): string {
  const expires = Buffer.alloc(4);
  expires.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000));
  const body = Buffer.concat([Buffer.from(claims.registryId.replace(/-/g, ''), 'hex'), expires, guestKey(secret, claims.registryId, claims.email)]);
  return PREFIX + Buffer.concat([body, mac(secret, body)]).toString('base64url');
}

/** The claims of a well-formed, correctly signed and unexpired token; null for anything else (the caller answers 404). */
export function verifyGuestToken(secret: string, token: string, now = new Date()): GuestTokenClaims | null {
  if (token.length !== TOKEN_LENGTH || !token.startsWith(PREFIX) || !/^[\w-]+$/.test(token.slice(PREFIX.length))) return null;
  const bytes = Buffer.from(token.slice(PREFIX.length), 'base64url');
  if (bytes.length !== CLAIM_BYTES + MAC_BYTES) return null;
  const body = bytes.subarray(0, CLAIM_BYTES);
  if (!constantTimeEqual(bytes.subarray(CLAIM_BYTES).toString('base64url'), mac(secret, body).toString('base64url'))) return null;
  const hex = body.subarray(0, 16).toString('hex');
  const registryId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expiresAt = new Date(body.readUInt32BE(16) * 1000);
  return expiresAt > now ? { registryId, guestKey: body.subarray(20), expiresAt } : null;
}

/** Whether a stored address is the one a token names (compared in constant time). */
export function isGuest(secret: string, claims: GuestTokenClaims, email: string): boolean {
  return constantTimeEqual(guestKey(secret, claims.registryId, email).toString('base64url'), claims.guestKey.toString('base64url'));
}

/**
 * The link to a guest's own page ("my gifts") on one registry, valid GUEST_PAGE_LINK_DAYS from now. The
 * confirmation e-mails, the guest-link e-mail and the reminders all carry it.
 */
export function guestPageUrl(config: GuestLinkConfig, registryId: string, email: string, now = new Date()): string {
  const expiresAt = new Date(now.getTime() + config.guestPageLinkDays * 86_400_000);
  return `${config.publicUrl}/my-gifts/${guestToken(config.sessionSecret, { registryId, email, expiresAt })}`;
}

/** A keyed hash of the address, per registry; addresses are stored lower-cased, so case does not matter. */
function guestKey(secret: string, registryId: string, email: string): Buffer {
  return createHmac('sha256', secret).update(`guest-page-guest:${registryId}:${email.trim().toLowerCase()}`).digest().subarray(0, GUEST_KEY_BYTES);
}

function mac(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update('guest-page:').update(body).digest().subarray(0, MAC_BYTES);
}
