import type { AgreementView, Page } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../../commitments/commitment-id.js';
import { MAX_EXPORT_ROWS } from '../../../../platform/http/csv.js';
import {
  AGREEMENT_COLUMNS,
  AGREEMENT_FROM,
  type AgreementRow,
  toAgreementView,
} from '../agreement-row.js';
import { agreementFilter, agreementOrder } from './agreement-filter.sql.js';
import { ListAgreementsQuery } from './list-agreements.query.js';

/** Reads the projection only: search, filters, sort and one page, plus the total. */
@QueryHandler(ListAgreementsQuery)
export class ListAgreementsHandler implements IQueryHandler<ListAgreementsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ params, all }: ListAgreementsQuery): Promise<Page<AgreementView>> {
    const { where, params: values } = agreementFilter(params, todayBy(this.clock));
    const limit = all ? MAX_EXPORT_ROWS : params.pageSize;
    const offset = all ? 0 : (params.page - 1) * params.pageSize;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<AgreementRow[]>(
        `SELECT ${AGREEMENT_COLUMNS} ${AGREEMENT_FROM} ${where}
         ${agreementOrder(params.sort, params.order)}
         LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, limit, offset],
      ),
      this.dataSource.query<Array<{ total: string }>>(
        `SELECT count(*) AS total FROM agreements a ${where}`,
        values,
      ),
    ]);
    return {
      items: rows.map(toAgreementView),
      total: Number(counted[0]?.total ?? 0),
      page: all ? 1 : params.page,
      pageSize: all ? rows.length : params.pageSize,
    };
  }
}
