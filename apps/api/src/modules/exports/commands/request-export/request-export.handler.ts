import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { can, exportScope, type ExportView } from '@concordat/domain';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { IdempotentTransaction } from '../../../../platform/idempotency/idempotent-transaction.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';
import { JobQueue } from '../../../../platform/jobs/job-queue.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { RUN_EXPORT_JOB } from '../../export-settings.js';
import { readableExport } from '../../infrastructure/export-access.js';
import { appendExportEvent } from '../../infrastructure/export-events.js';
import { toExportView } from '../../infrastructure/export-row.js';
import { RequestExportCommand } from './request-export.command.js';

/**
 * Records ExportRequested with the export's row and queues its job, all in one
 * transaction: the export exists, is in the log and will run, or none of the three.
 */
@CommandHandler(RequestExportCommand)
export class RequestExportHandler implements ICommandHandler<RequestExportCommand> {
  constructor(
    private readonly transaction: IdempotentTransaction,
    private readonly store: EventStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  execute({
    input,
    actor,
    idempotency,
  }: RequestExportCommand): Promise<TransactionResponse<ExportView>> {
    const { format, filters } = input;
    const language = input.language ?? 'en';
    if (!can(actor.role, 'audit.export') && filters.agreementId === undefined) {
      throw new ApiError(
        ApiErrorCode.PermissionDenied,
        'Only auditors and admins export across agreements; name one agreement in filters.agreementId.',
        [{ field: 'filters.agreementId', message: 'is required for your role' }],
      );
    }
    return this.transaction.run(idempotency, async (manager) => {
      if (filters.agreementId !== undefined) {
        const found = await manager.query<unknown[]>(`SELECT 1 FROM agreements WHERE id = $1`, [
          filters.agreementId,
        ]);
        if (found.length === 0) {
          throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
            { field: 'filters.agreementId', message: 'is not an agreement' },
          ]);
        }
      }
      const id = randomUUID();
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO exports (id, format, filters, language, scope, status, version, requested_by, requested_at)
         VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, $7)`,
        [id, format, JSON.stringify(filters), language, exportScope(filters), actor.userId, now],
      );
      await appendExportEvent(
        manager,
        this.store,
        id,
        0,
        { type: 'ExportRequested', data: { format, filters, language } },
        actor.userId,
        now,
      );
      await this.jobs.sendWith(manager, RUN_EXPORT_JOB, { exportId: id }, id);
      const view = toExportView(await readableExport(manager, id, actor));
      return { status: 202, body: view, headers: { location: `/api/exports/${id}` } };
    });
  }
}
