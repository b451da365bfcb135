import type { AuditActorView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** Everyone who has acted in the log, for the audit log's actor filter. */
export class ListAuditActorsQuery extends Query<AuditActorView[]> {}
