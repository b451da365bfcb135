import type { Actor, CreateExportInput, ExportView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/** Queue a background export of the events `input.filters` selects. */
export class RequestExportCommand extends Command<TransactionResponse<ExportView>> {
  constructor(
    readonly input: CreateExportInput,
    readonly actor: Actor,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
