import { z } from 'zod';
import { parseInput } from '../validation/parse-input.js';
import { requestFingerprint } from './request-fingerprint.js';

const idempotencyKeySchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' })
  .regex(/^[\x21-\x7e]+$/, { message: 'must be printable ASCII without spaces' });

/** A request that asked to be run at most once: who asked, with which key, for what. */
export interface IdempotentRequest {
  userId: string;
  key: string;
  fingerprint: string;
}

/**
 * The `Idempotency-Key` header of a request as an IdempotentRequest, or undefined when the
 * client sent none (the request then simply runs). A malformed key is a 400.
 */
export function idempotentRequest(
  header: string | string[] | undefined,
  userId: string,
  method: string,
  path: string,
  body: unknown,
): IdempotentRequest | undefined {
  if (header === undefined) return undefined;
  const key = parseInput(
    idempotencyKeySchema,
    Array.isArray(header) ? header.join(',') : header,
    'Idempotency-Key',
  );
  return { userId, key, fingerprint: requestFingerprint(method, path, body) };
}
