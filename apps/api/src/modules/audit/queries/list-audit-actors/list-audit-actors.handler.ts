import type { AuditActorView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListAuditActorsQuery } from './list-audit-actors.query.js';

@QueryHandler(ListAuditActorsQuery)
export class ListAuditActorsHandler implements IQueryHandler<ListAuditActorsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** System users too: the scheduler starts reviews, and the log says so. */
  execute(): Promise<AuditActorView[]> {
    return this.dataSource.query<AuditActorView[]>(
      `SELECT id, name, role FROM users ORDER BY name, id`,
    );
  }
}
