import type { VerificationEvent } from '@concordat/domain';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import {
  type VerificationReport,
  verifyEventLog,
} from '../../../platform/event-store/event-log-verifier.js';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { CheckpointSigner } from '../../../platform/event-store/signing-key.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';

export const VERIFY_JOB = 'event-log.verify';

export interface VerifyJobData {
  verificationId: string;
}

/** Progress is written at most this often: a gauge for the reader, not a fact. */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Runs a requested verification: the same check as GET /api/audit/verify (one REPEATABLE
 * READ snapshot), reporting events checked into the request's row as it goes, then the
 * outcome as an event in the verification's stream and the row, in one transaction.
 * Idempotent: a finished verification is left alone, so a retried or duplicate job (a
 * crash after the commit) changes nothing; an interrupted one starts over.
 */
@Injectable()
export class VerifyEventLogJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Verification');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly events: EventStore,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<VerifyJobData>({
      name: VERIFY_JOB,
      retryLimit: 2,
      run: (data) => this.run(data.verificationId),
    });
  }

  async run(verificationId: string): Promise<void> {
    const claimed = await this.dataSource.query<Array<{ id: string }>>(
      `UPDATE audit_verifications SET status = 'running', started_at = $2, events_checked = 0
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [verificationId, this.clock.now().toISOString()],
    );
    if (claimed.length === 0) return;
    let outcome: VerificationReport | Error;
    try {
      outcome = await this.verify(verificationId);
    } catch (error) {
      this.logger.error(error);
      outcome = error instanceof Error ? error : new Error(String(error));
    }
    await this.finish(verificationId, outcome);
  }

  private verify(verificationId: string): Promise<VerificationReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const [count] = await manager.query<Array<{ total: string }>>(
        `SELECT count(*)::text AS total FROM events`,
      );
      // Outside the snapshot (its own statements), so readers see progress while it runs.
      await this.progress(verificationId, 0, count?.total ?? '0');
      let reported = Date.now();
      return verifyEventLog(manager, this.signer, undefined, async (eventsChecked) => {
        if (Date.now() - reported < PROGRESS_INTERVAL_MS) return;
        reported = Date.now();
        await this.progress(verificationId, eventsChecked, null);
      });
    });
  }

  private async progress(id: string, checked: number, total: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE audit_verifications SET events_checked = $2, events_total = coalesce($3, events_total)
        WHERE id = $1 AND status = 'running'`,
      [id, checked, total],
    );
  }

  private async finish(id: string, outcome: VerificationReport | Error): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Array<{ status: string; requested_by: string }>>(
        `SELECT status, requested_by::text AS requested_by FROM audit_verifications WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (row === undefined || row.status !== 'running') return;
      const event: VerificationEvent =
        outcome instanceof Error
          ? { type: 'EventLogVerificationFailed', data: { error: outcome.message } }
          : { type: 'EventLogVerified', data: { ...outcome } };
      // The requester is the actor: the job acts on their behalf.
      await this.events.append(manager, id, 1, [event], row.requested_by, now);
      await manager.query(
        outcome instanceof Error
          ? `UPDATE audit_verifications SET status = 'failed', finished_at = $2, error = $3 WHERE id = $1`
          : `UPDATE audit_verifications SET status = 'completed', finished_at = $2, result = $3,
                    events_checked = $4 WHERE id = $1`,
        outcome instanceof Error
          ? [id, now, outcome.message]
          : [id, now, JSON.stringify(outcome), outcome.eventsChecked],
      );
    });
  }
}
