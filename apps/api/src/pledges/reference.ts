import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, and no U/V pair to misread: what a guest copies onto a bank transfer by hand. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** `WG-7K3F`: short enough to type; the database's unique index decides, and the caller retries on a collision. */
export function pledgeReference(length = 4): string {
  let code = '';
  for (let i = 0; i < length; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `WG-${code}`;
}
