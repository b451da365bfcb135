import type { Actor, AgreementDetailView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** One agreement with the actions `actor` may run on it now. */
export class GetAgreementQuery extends Query<AgreementDetailView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
