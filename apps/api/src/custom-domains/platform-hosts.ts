import { isIP } from 'node:net';

/** Names that are never a couple's own: loopback, and suffixes reserved for private networks (RFC 6761, 6762, 8375). */
const NEVER_PUBLIC = ['localhost', 'local', 'internal', 'home.arpa', 'arpa', 'invalid'];

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * Whether a host may be claimed as a couple's custom domain: not an IP address, not localhost or a private-use name,
 * and not WhisperGifts' own domains or any subdomain of them (so nobody can take `whispergifts.com` or `www.` of it).
 * `host` is already lower-case and validated as a host name.
 */
export function isClaimableHost(host: string, platformDomains: readonly string[]): boolean {
  const bare = host.replace(/\.$/, '');
  if (isIP(bare) || !bare.includes('.')) return false;
  return ![...NEVER_PUBLIC, ...platformDomains].some((domain) => isUnder(bare, domain.toLowerCase()));
}

/** The TXT record that proves a claim: `_whispergifts.<host>`. */
export const txtRecordName = (host: string) => `_whispergifts.${host}`;
