import { Injectable } from '@nestjs/common';
import type { Actor, CommitmentCommand, CommitmentDetailView } from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { ConcurrencyConflictError } from '../../../platform/event-store/concurrency-conflict.error.js';
import type { IdempotentRequest } from '../../../platform/idempotency/idempotency-key.js';
import {
  IdempotentTransaction,
  type TransactionResponse,
} from '../../../platform/idempotency/idempotent-transaction.js';
import { etagFor } from '../../agreements/agreement-id.js';
import { todayBy } from '../commitment-id.js';
import { CommitmentDetailReader } from '../queries/commitment-detail-reader.js';
import { CommitmentCommandRunner } from './commitment-command-runner.js';
import { CommitmentStaleVersionError } from './commitment-stale-version.error.js';

export interface CommitmentRequest {
  commitmentId: string;
  command: CommitmentCommand;
  actor: Actor;
  expectedVersion?: number;
  idempotency?: IdempotentRequest;
  /** 201 for planning, 200 for everything else. */
  status: 200 | 201;
  /** More to write in the same transaction once the command is decided (evidence bytes). */
  alsoWrite?: (manager: EntityManager, now: string) => Promise<void>;
}

/**
 * One commitment command as an HTTP exchange: in one transaction that also keeps the
 * Idempotency-Key, run it, write what goes with it, read the commitment back; answer it
 * with its ETag. Losing a race to append at the same version is a stale If-Match (409).
 */
@Injectable()
export class CommitmentTransaction {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transaction: IdempotentTransaction,
    private readonly runner: CommitmentCommandRunner,
    private readonly reader: CommitmentDetailReader,
    private readonly clock: Clock,
  ) {}

  async run(request: CommitmentRequest): Promise<TransactionResponse<CommitmentDetailView>> {
    const { commitmentId, command, actor, expectedVersion, idempotency, status } = request;
    const now = this.clock.now().toISOString();
    try {
      return await this.transaction.run(idempotency, async (manager) => {
        await this.runner.runIn(manager, commitmentId, command, { actor, now }, expectedVersion);
        if (request.alsoWrite) await request.alsoWrite(manager, now);
        const view = await this.reader.read(manager, commitmentId, actor, todayBy(this.clock));
        const headers: Record<string, string> = { etag: etagFor(view.version) };
        if (status === 201) headers.location = `/api/commitments/${commitmentId}`;
        return { status, body: view, headers };
      });
    } catch (error) {
      if (
        expectedVersion !== undefined &&
        error instanceof ConcurrencyConflictError &&
        !(error instanceof CommitmentStaleVersionError)
      ) {
        const rows = await this.dataSource.query<{ version: number }[]>(
          `SELECT version FROM commitments WHERE id = $1`,
          [commitmentId],
        );
        throw new CommitmentStaleVersionError(commitmentId, expectedVersion, rows[0]?.version ?? 0);
      }
      throw error;
    }
  }
}
