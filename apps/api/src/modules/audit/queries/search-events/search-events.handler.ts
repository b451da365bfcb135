import type { AuditEventsPage } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readEventPage } from './audit-event-page.js';
import { SearchEventsQuery } from './search-events.query.js';

@QueryHandler(SearchEventsQuery)
export class SearchEventsHandler implements IQueryHandler<SearchEventsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The page and the prior states it phrases changes with come from one snapshot. */
  execute({ params }: SearchEventsQuery): Promise<AuditEventsPage> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return readEventPage(manager, params);
    });
  }
}
