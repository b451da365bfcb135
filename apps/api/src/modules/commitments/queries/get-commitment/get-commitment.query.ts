import type { Actor, CommitmentDetailView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

export class GetCommitmentQuery extends Query<CommitmentDetailView> {
  constructor(
    readonly commitmentId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
