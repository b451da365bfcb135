import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the feed URL is the only credential a calendar client has. */
export function newCalendarToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a leaked table does not reveal anyone's feed. */
export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
