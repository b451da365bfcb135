import type { Actor, AgreementApprovalResponse } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/agreements/{id}/approval`: its running (or last) approval, step by step. */
export class GetAgreementApprovalQuery extends Query<AgreementApprovalResponse> {
  constructor(
    readonly agreementId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
