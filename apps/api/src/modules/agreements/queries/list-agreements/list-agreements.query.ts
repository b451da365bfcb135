import type {
  AgreementView,
  ListAgreementsQuery as ListAgreementsParams,
  Page,
} from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/agreements`: one page, or every row up to the export cap when `all` (CSV). */
export class ListAgreementsQuery extends Query<Page<AgreementView>> {
  constructor(
    readonly params: ListAgreementsParams,
    readonly all = false,
  ) {
    super();
  }
}
