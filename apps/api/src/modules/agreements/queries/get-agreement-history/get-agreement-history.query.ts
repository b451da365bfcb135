import type { AgreementEventView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** An agreement's events, oldest first, each with who did it. */
export class GetAgreementHistoryQuery extends Query<AgreementEventView[]> {
  constructor(readonly id: string) {
    super();
  }
}
