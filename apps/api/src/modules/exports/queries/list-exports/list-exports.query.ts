import type { Actor, ExportView, ListExportsQuery, Page } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** The caller's exports newest first; with `all`, everyone's (auditors and admins). */
export class ListExportsQueryMessage extends Query<Page<ExportView>> {
  constructor(
    readonly params: ListExportsQuery,
    readonly actor: Actor,
  ) {
    super();
  }
}
