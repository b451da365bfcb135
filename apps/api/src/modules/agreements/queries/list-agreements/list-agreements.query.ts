import type {
  AgreementView,
  ListAgreementsQuery as ListAgreementsParams,
  Page,
} from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

export class ListAgreementsQuery extends Query<Page<AgreementView>> {
  constructor(readonly params: ListAgreementsParams) {
    super();
  }
}
