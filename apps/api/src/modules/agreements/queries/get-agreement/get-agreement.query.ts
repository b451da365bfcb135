import type { AgreementView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

export class GetAgreementQuery extends Query<AgreementView> {
  constructor(readonly id: string) {
    super();
  }
}
