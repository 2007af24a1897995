import { derivedToken } from '../common/crypto/tokens';
import type { AccountTokenPurpose } from './account-token.entity';

/** How long each kind of link works, and the prefix that makes a leaked token recognizable. */
export const ACCOUNT_TOKENS: Record<AccountTokenPurpose, { prefix: string; ttlMs: number; path: string }> = {
  'verify-email': { prefix: 'wgv_', ttlMs: 48 * 3_600_000, path: '/verify-email/' },
  'password-reset': { prefix: 'wgr_', ttlMs: 3_600_000, path: '/reset-password/' },
};

/**
 * The token for a token row. It is derived from the server secret and the row id, so the worker can put it in
 * the e-mail knowing only the id (the outbox carries ids, never secrets); the database keeps only its hash.
 */
export function accountToken(secret: string, purpose: AccountTokenPurpose, tokenId: string): string {
  return derivedToken(secret, purpose, tokenId, ACCOUNT_TOKENS[purpose].prefix);
}

/** The link the e-mail carries (a page of the web app, which posts the token to the API). */
export function accountTokenUrl(publicUrl: string, secret: string, purpose: AccountTokenPurpose, tokenId: string): string {
  return `${publicUrl}${ACCOUNT_TOKENS[purpose].path}${accountToken(secret, purpose, tokenId)}`;
}
