import { randomUUID } from 'node:crypto';
import type { VerificationEvent } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { JobQueue } from '../../../../platform/jobs/job-queue.js';
import { VERIFY_JOB, type VerifyJobData } from '../../jobs/verify-event-log.job.js';
import { StartVerificationCommand } from './start-verification.command.js';

/**
 * Records the request (its own stream, version 1), its row and its job in one transaction:
 * the job exists if and only if the request was recorded.
 */
@CommandHandler(StartVerificationCommand)
export class StartVerificationHandler implements ICommandHandler<StartVerificationCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  execute({ requestedBy }: StartVerificationCommand): Promise<{ verificationId: string }> {
    const verificationId = randomUUID();
    const now = this.clock.now().toISOString();
    return this.dataSource.transaction(async (manager) => {
      const requested: VerificationEvent = {
        type: 'EventLogVerificationRequested',
        data: { verificationId },
      };
      await this.events.append(manager, verificationId, 0, [requested], requestedBy, now);
      await manager.query(
        `INSERT INTO audit_verifications (id, status, requested_by, requested_at)
         VALUES ($1, 'queued', $2, $3)`,
        [verificationId, requestedBy, now],
      );
      const data: VerifyJobData = { verificationId };
      await this.jobs.sendWith(manager, VERIFY_JOB, data, verificationId);
      return { verificationId };
    });
  }
}
