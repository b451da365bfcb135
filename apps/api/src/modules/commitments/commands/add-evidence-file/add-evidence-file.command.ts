import type { Actor, CommitmentDetailView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';
import type { UploadedFile } from '../../../agreements/attachments/add-attachment/add-attachment.command.js';

/** `POST /api/commitments/{id}/evidence` (multipart): a file, and a note, for one occurrence. */
export class AddEvidenceFileCommand extends Command<TransactionResponse<CommitmentDetailView>> {
  constructor(
    readonly commitmentId: string,
    readonly fields: Record<string, string>,
    readonly file: UploadedFile,
    readonly actor: Actor,
    readonly expectedVersion: number,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
