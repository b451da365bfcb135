import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiError, ApiErrorCode } from '../problem/api-error.js';
import type { IdempotentRequest } from './idempotency-key.js';
import type { StoredResponse } from './stored-response.js';

interface KeyRow {
  fingerprint: string;
  response_status: number | null;
  response_body: unknown;
  response_headers: Record<string, string>;
}

/** Either run the request (and remember its answer), or answer as the first time. */
export type IdempotencyClaim = { kind: 'run' } | { kind: 'replay'; response: StoredResponse };

/**
 * Remembers responses by (user, Idempotency-Key). Both methods take the caller's
 * transaction: the key is claimed before the command runs and its response stored before
 * the commit, so the events and the remembered response are written together or not at
 * all. A refused command rolls back its claim too, so the client may retry with the key.
 */
@Injectable()
export class IdempotencyStore {
  /**
   * Claims the key for this request. A concurrent duplicate blocks on the primary key
   * until the first transaction ends, then finds its committed response and replays it;
   * if the first rolled back, the duplicate claims the key and runs.
   */
  async claim(manager: EntityManager, request: IdempotentRequest): Promise<IdempotencyClaim> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [request.userId, request.key, request.fingerprint],
    );
    if (inserted.length > 0) return { kind: 'run' };

    const rows = await manager.query<KeyRow[]>(
      `SELECT fingerprint, response_status, response_body, response_headers
         FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [request.userId, request.key],
    );
    const row = rows[0];
    if (row === undefined || row.response_status === null) {
      // Not reachable while claims and responses share a transaction; kept for safety.
      throw new ApiError(
        ApiErrorCode.Conflict,
        'A request with this Idempotency-Key is still in progress. Retry in a moment.',
      );
    }
    if (row.fingerprint !== request.fingerprint) {
      throw new ApiError(
        ApiErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        [{ field: 'Idempotency-Key', message: 'was used with another request body or path' }],
      );
    }
    return {
      kind: 'replay',
      response: {
        status: row.response_status,
        body: row.response_body,
        headers: row.response_headers,
      },
    };
  }

  async remember(
    manager: EntityManager,
    request: IdempotentRequest,
    response: StoredResponse,
  ): Promise<void> {
    await manager.query(
      `UPDATE idempotency_keys
          SET response_status = $3, response_body = $4, response_headers = $5
        WHERE user_id = $1 AND key = $2`,
      [
        request.userId,
        request.key,
        response.status,
        JSON.stringify(response.body),
        JSON.stringify(response.headers),
      ],
    );
  }
}
