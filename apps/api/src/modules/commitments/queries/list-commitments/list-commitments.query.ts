import type { CommitmentOccurrenceRow, ListCommitmentsQuery, Page } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/commitments`: occurrences across agreements (all pages when `all`, for CSV). */
export class ListCommitmentsQueryMessage extends Query<Page<CommitmentOccurrenceRow>> {
  constructor(
    readonly params: ListCommitmentsQuery,
    readonly all = false,
  ) {
    super();
  }
}
