import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'concordat_session';

/** 256 random bits, URL-safe: long enough that guessing is hopeless. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored; a fast hash is enough because the token is random, not a password. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
