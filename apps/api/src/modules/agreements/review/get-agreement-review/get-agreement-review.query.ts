import type { AgreementReviewView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/agreements/{id}/review`: what the renewal review page is pre-filled with. */
export class GetAgreementReviewQuery extends Query<AgreementReviewView> {
  constructor(readonly agreementId: string) {
    super();
  }
}
