import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuditCsv, auditEventsCsv } from './audit-events-csv.js';
import { SearchEventsCsvQuery } from './search-events-csv.query.js';

@QueryHandler(SearchEventsCsvQuery)
export class SearchEventsCsvHandler implements IQueryHandler<SearchEventsCsvQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute({ params, languages }: SearchEventsCsvQuery): Promise<AuditCsv> {
    return auditEventsCsv(this.dataSource, params, languages);
  }
}
