import type { SearchEventsParams } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';
import type { AuditCsv } from './audit-events-csv.js';

/** The audit search as a CSV file, in the reader's languages (Accept-Language). */
export class SearchEventsCsvQuery extends Query<AuditCsv> {
  constructor(
    readonly params: SearchEventsParams,
    readonly languages: readonly string[],
  ) {
    super();
  }
}
