import { createHash, randomUUID } from 'node:crypto';
import { addAttachmentSchema } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { ConcurrencyConflictError } from '../../../../platform/event-store/concurrency-conflict.error.js';
import {
  IdempotentTransaction,
  type TransactionResponse,
} from '../../../../platform/idempotency/idempotent-transaction.js';
import { parseInput } from '../../../../platform/validation/parse-input.js';
import { etagFor } from '../../agreement-id.js';
import { AgreementCommandRunner } from '../../infrastructure/agreement-command-runner.js';
import { StaleVersionError } from '../../infrastructure/stale-version.error.js';
import { AgreementDetailReader } from '../../queries/agreement-detail-reader.js';
import { AddAttachmentCommand, type AttachmentUploadView } from './add-attachment.command.js';

/**
 * Records AttachmentAdded (name, media type, size, SHA-256) and stores the bytes in one
 * transaction: a refused command (role, step, stale version) stores no file either.
 */
@CommandHandler(AddAttachmentCommand)
export class AddAttachmentHandler implements ICommandHandler<AddAttachmentCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transaction: IdempotentTransaction,
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
    private readonly details: AgreementDetailReader,
  ) {}

  async execute(request: AddAttachmentCommand): Promise<TransactionResponse<AttachmentUploadView>> {
    const { agreementId, file, actor, expectedVersion, idempotency } = request;
    const attachment = parseInput(addAttachmentSchema, {
      attachmentId: randomUUID(),
      name: file.name,
      mediaType: file.mediaType,
      size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    });
    const now = this.clock.now().toISOString();
    try {
      return await this.transaction.run(idempotency, async (manager) => {
        await this.runner.runIn(
          manager,
          agreementId,
          { type: 'AddAttachment', data: attachment },
          { actor, now },
          expectedVersion,
        );
        await manager.query(
          `INSERT INTO agreement_attachments
             (id, agreement_id, name, media_type, size, sha256, content, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            attachment.attachmentId,
            agreementId,
            attachment.name,
            attachment.mediaType,
            attachment.size,
            attachment.sha256,
            file.content,
            now,
            actor.userId,
          ],
        );
        const agreement = await this.details.read(manager, agreementId, actor);
        return {
          status: 201,
          body: { attachment, agreement },
          headers: {
            etag: etagFor(agreement.version),
            location: `/api/agreements/${agreementId}/attachments/${attachment.attachmentId}`,
          },
        };
      });
    } catch (error) {
      // Lost the race to append at this version: someone else's command won.
      if (error instanceof ConcurrencyConflictError && !(error instanceof StaleVersionError)) {
        const rows = await this.dataSource.query<{ version: number }[]>(
          `SELECT version FROM agreements WHERE id = $1`,
          [agreementId],
        );
        throw new StaleVersionError(agreementId, expectedVersion, rows[0]?.version ?? 0);
      }
      throw error;
    }
  }
}
