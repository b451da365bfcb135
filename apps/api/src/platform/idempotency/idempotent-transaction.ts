import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IdempotentRequest } from './idempotency-key.js';
import { IdempotencyStore } from './idempotency-store.js';
import type { StoredResponse } from './stored-response.js';

export interface TransactionResponse<Body> extends StoredResponse<Body> {
  /** True when this is the remembered answer to an earlier request with the same key. */
  replayed: boolean;
}

/**
 * Runs `work` in one transaction that also claims and remembers the Idempotency-Key, if
 * the request sent one: a repeat gets the first response and runs nothing.
 */
@Injectable()
export class IdempotentTransaction {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: IdempotencyStore,
  ) {}

  run<Body>(
    idempotency: IdempotentRequest | undefined,
    work: (manager: EntityManager) => Promise<StoredResponse<Body>>,
  ): Promise<TransactionResponse<Body>> {
    return this.dataSource.transaction(async (manager) => {
      if (idempotency !== undefined) {
        const claim = await this.store.claim(manager, idempotency);
        if (claim.kind === 'replay') {
          return { ...(claim.response as StoredResponse<Body>), replayed: true };
        }
      }
      const response = await work(manager);
      if (idempotency !== undefined) await this.store.remember(manager, idempotency, response);
      return { ...response, replayed: false };
    });
  }
}
