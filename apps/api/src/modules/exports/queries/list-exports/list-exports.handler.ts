import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type ExportView, type Page } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import {
  EXPORT_COLUMNS,
  EXPORT_FROM,
  type ExportRow,
  toExportView,
} from '../../infrastructure/export-row.js';
import { ListExportsQueryMessage } from './list-exports.query.js';

@QueryHandler(ListExportsQueryMessage)
export class ListExportsHandler implements IQueryHandler<ListExportsQueryMessage> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ params, actor }: ListExportsQueryMessage): Promise<Page<ExportView>> {
    if (params.all && !can(actor.role, 'audit.export')) {
      throw new ApiError(
        ApiErrorCode.PermissionDenied,
        'Only auditors and admins list everyone’s exports.',
        [{ field: 'all', message: 'is for auditors and admins' }],
      );
    }
    const where = params.all ? '' : 'WHERE x.requested_by = $3';
    const bound = params.all ? [] : [actor.userId];
    const offset = (params.page - 1) * params.pageSize;
    const rows = await this.dataSource.query<ExportRow[]>(
      `SELECT ${EXPORT_COLUMNS} FROM ${EXPORT_FROM} ${where}
        ORDER BY x.requested_at DESC, x.id DESC LIMIT $1 OFFSET $2`,
      [params.pageSize, offset, ...bound],
    );
    const [count] = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*)::text AS n FROM exports x ${params.all ? '' : 'WHERE x.requested_by = $1'}`,
      bound,
    );
    return {
      items: rows.map(toExportView),
      total: Number(count?.n ?? 0),
      page: params.page,
      pageSize: params.pageSize,
    };
  }
}
