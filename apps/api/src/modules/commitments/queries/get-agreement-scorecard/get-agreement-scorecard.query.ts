import type { Scorecard } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/agreements/{id}/commitments/scorecard`. */
export class GetAgreementScorecardQuery extends Query<AgreementScorecardView> {
  constructor(readonly agreementId: string) {
    super();
  }
}

export interface AgreementScorecardView extends Scorecard {
  agreementId: string;
  /** The day overdue was counted on (the server's clock, UTC). */
  asOf: string;
}
