import type { PartnerScorecard } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/commitments/scorecards/partners`: one scorecard per partner, across agreements. */
export class GetPartnerScorecardsQuery extends Query<PartnerScorecardsView> {
  constructor(readonly partner?: string) {
    super();
  }
}

export interface PartnerScorecardsView {
  asOf: string;
  partners: PartnerScorecard[];
}
