import type { z } from 'zod';
import { ApiError, ApiErrorCode, type FieldError } from '../problem/api-error.js';

/**
 * Parses request input with a shared zod schema. A failure names every offending field by
 * its dotted path (`title.vi`, `partners.0.country`); `root` names the input as a whole
 * when the problem is its shape (a missing body, say).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root = 'body',
): z.output<S> {
  const result = schema.safeParse(input);
  const errors = result.success ? [] : fieldErrors(result.error, root);
  errors.push(...nulCharacters(input, [], root));
  if (result.success && errors.length === 0) return result.data;
  throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', errors);
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb; refusing it here keeps such input a 400
 * instead of a failed insert.
 */
function nulCharacters(value: unknown, path: string[], root: string): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [
          {
            field: path.length > 0 ? path.join('.') : root,
            message: 'must not contain the NUL character',
          },
        ]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, nested]) => [
    ...(key.includes('\u0000')
      ? [{ field: [...path, key].join('.'), message: 'must not contain the NUL character' }]
      : []),
    ...nulCharacters(nested, [...path, key], root),
  ]);
}

export function fieldErrors(error: z.ZodError, root: string): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        message: 'is not a known field',
      }));
    }
    return [{ field: path.length > 0 ? path.join('.') : root, message: issue.message }];
  });
}
