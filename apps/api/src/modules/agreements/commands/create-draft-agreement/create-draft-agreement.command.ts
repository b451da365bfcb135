import type { Actor, AgreementDetailView, CreateDraftAgreementInput } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

export interface CreateDraftOutcome extends TransactionResponse<AgreementDetailView> {
  agreementId: string;
}

/** Start a new agreement as a draft; the handler picks its id. */
export class CreateDraftAgreementCommand extends Command<CreateDraftOutcome> {
  constructor(
    readonly input: CreateDraftAgreementInput,
    readonly actor: Actor,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
