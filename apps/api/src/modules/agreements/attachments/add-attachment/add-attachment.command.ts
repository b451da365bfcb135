import type { Actor, AgreementDetailView, AttachmentRef } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/** The answer to an upload: what was stored and the agreement at its new version. */
export interface AttachmentUploadView {
  attachment: AttachmentRef;
  agreement: AgreementDetailView;
}

export interface UploadedFile {
  name: string;
  mediaType: string;
  content: Buffer;
}

/** `POST /api/agreements/{id}/attachments`: store a file and record AttachmentAdded. */
export class AddAttachmentCommand extends Command<TransactionResponse<AttachmentUploadView>> {
  constructor(
    readonly agreementId: string,
    readonly file: UploadedFile,
    readonly actor: Actor,
    readonly expectedVersion: number,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
