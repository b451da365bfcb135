import type { CommitmentView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/agreements/{id}/commitments`: every commitment of one agreement. */
export class ListAgreementCommitmentsQuery extends Query<CommitmentView[]> {
  constructor(readonly agreementId: string) {
    super();
  }
}
