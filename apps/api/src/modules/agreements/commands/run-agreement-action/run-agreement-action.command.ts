import type { Actor, AgreementAction, AgreementDetailView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/**
 * `POST /api/agreements/{id}/{action}`: run the command the action names at the
 * agreement's current step, with the body the client sent, if the agreement is still at
 * `expectedVersion` (the If-Match).
 */
export class RunAgreementActionCommand extends Command<TransactionResponse<AgreementDetailView>> {
  constructor(
    readonly agreementId: string,
    readonly action: AgreementAction,
    readonly body: unknown,
    readonly actor: Actor,
    readonly expectedVersion: number,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
