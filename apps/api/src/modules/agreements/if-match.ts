import { z } from 'zod';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { parseInput } from '../../platform/validation/parse-input.js';

const versionSchema = z
  .string()
  .regex(/^(?:"\d{1,9}"|\d{1,9})$/, { message: 'must be the version from the ETag, e.g. "3"' })
  .transform((tag) => Number(tag.replaceAll('"', '')));

/**
 * The version a command expects the agreement to be at, from `If-Match` (`"3"` or `3`).
 * Commands must not overwrite a change the client has not seen, so the header is
 * required: without it 428, malformed 400.
 */
export function expectedVersionFrom(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new ApiError(
      ApiErrorCode.PreconditionRequired,
      'Send the version you loaded in If-Match (the ETag of GET /api/agreements/{id}), e.g. If-Match: "3".',
      [{ field: 'If-Match', message: 'is required' }],
    );
  }
  return parseInput(versionSchema, header.trim(), 'If-Match');
}
