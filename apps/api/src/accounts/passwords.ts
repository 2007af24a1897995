import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** argon2id with the library's defaults (OWASP-recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when an account does not exist, so a login takes as long either way. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-account-placeholder-password');
  return dummyHash;
}

/** The same, injectable, so a test can observe that a code path pays for a hash (the timing is the point). */
@Injectable()
export class Passwords {
  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** Without a hash (no such account) it verifies against a dummy one and says no, after the same work. */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    if (passwordHash !== undefined) return verifyPassword(passwordHash, password);
    await verifyPassword(await dummyPasswordHash(), password);
    return false;
  }
}
