import type { TextVersionView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** Every negotiation round of an agreement's text, oldest first, each in full. */
export class ListTextVersionsQuery extends Query<TextVersionView[]> {
  constructor(readonly agreementId: string) {
    super();
  }
}
