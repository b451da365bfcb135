import type { Actor, AgreementDetailView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';
import type { AsOf } from './as-of.js';

/** One agreement with the actions `actor` may run on it now; or as it stood at `asOf`. */
export class GetAgreementQuery extends Query<AgreementDetailView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    readonly asOf?: AsOf,
  ) {
    super();
  }
}
