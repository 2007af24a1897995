import { constantTimeEqual, derivedToken } from '../common/crypto/tokens';

/** What a reminder's links let its reader do with that one reservation. */
export const REMINDER_ACTIONS = ['bought', 'release', 'unsubscribe'] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];

const PREFIX = 'wgm_';
const PURPOSE = 'reservation-reminder';
const TOKEN = /^wgm_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * The token in a reminder's links: the reservation id and an HMAC of it under the server secret. Nothing is
 * stored: the worker can sign it knowing only the id (the outbox carries ids, never secrets), and the API
 * verifies it by signing again. It acts on that one reservation only, like the undo link the guest already has.
 */
export function reminderToken(secret: string, reservationId: string): string {
  return `${PREFIX}${reservationId}_${derivedToken(secret, PURPOSE, reservationId, '')}`;
}

/** The reservation a token names, or null when the token is malformed or its signature is not ours. */
export function verifyReminderToken(secret: string, token: string): string | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  return constantTimeEqual(token, reminderToken(secret, match[1])) ? match[1] : null;
}

/** A page of the web app (which asks for a click, then posts to the API): mail scanners open links on their own. */
export function reminderPageUrl(publicUrl: string, action: ReminderAction, token: string): string {
  return `${publicUrl}/reminders/${action}/${token}`;
}

/**
 * The List-Unsubscribe target: the API itself, so a mail provider can POST `List-Unsubscribe=One-Click` to it
 * (RFC 8058) without a browser; a GET there (a client without one-click) is sent on to the page above.
 */
export function oneClickUnsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/public/reminders/${token}/unsubscribe`;
}

/** Opt-outs are kept by the address's hash (reminder_opt_outs), in SQL as in code. */
export const OPT_OUT_EMAIL_HASH_SQL = (column: string) => `encode(sha256(convert_to(lower(btrim(${column})), 'UTF8')), 'hex')`;
