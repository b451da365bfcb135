import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportView } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { readableExport } from '../../infrastructure/export-access.js';
import { toExportView } from '../../infrastructure/export-row.js';
import { GetExportQuery } from './get-export.query.js';

@QueryHandler(GetExportQuery)
export class GetExportHandler implements IQueryHandler<GetExportQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ exportId, actor }: GetExportQuery): Promise<ExportView> {
    return toExportView(await readableExport(this.dataSource.manager, exportId, actor));
  }
}
