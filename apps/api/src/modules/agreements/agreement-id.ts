import { z } from 'zod';
import { parseInput } from '../../platform/validation/parse-input.js';

const agreementIdSchema = z.guid({ message: 'must be a UUID' });

/** The `{id}` path parameter; anything but a UUID is a 400, never a database error. */
export function parseAgreementId(id: unknown): string {
  return parseInput(agreementIdSchema, id, 'id');
}

/** `"<version>"`: the strong ETag of an agreement at a stream version. */
export function etagFor(version: number): string {
  return `"${version}"`;
}
