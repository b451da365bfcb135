import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';

export type EventOrder = 'asc' | 'desc';

/**
 * The position of the last event a page showed, with the order it was read in, as
 * base64url text. Opaque to clients; a cursor of the other order is refused, since it
 * would silently restart from the far end.
 */
export function encodeCursor(order: EventOrder, position: string): string {
  return Buffer.from(`${order}:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: EventOrder): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(asc|desc):([1-9][0-9]{0,18})$/.exec(text);
  const fail = (message: string): never => {
    throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
      { field: 'cursor', message },
    ]);
  };
  if (match === null) return fail('is not a cursor this search gave');
  if (match[1] !== order) return fail(`was given for order=${match[1]}, not ${order}`);
  return match[2] ?? fail('is not a cursor this search gave');
}
