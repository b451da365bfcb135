import type { AgreementView, Page } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ params }: ListAgreementsQuery): Promise<Page<AgreementView>> {
    const { where, params: values } = agreementFilter(params);
    const offset = (params.page - 1) * params.pageSize;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<AgreementRow[]>(
        `SELECT ${AGREEMENT_COLUMNS} ${AGREEMENT_FROM} ${where}
         ${agreementOrder(params.sort, params.order)}
         LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, params.pageSize, offset],
      ),
      this.dataSource.query<Array<{ total: string }>>(
        `SELECT count(*) AS total FROM agreements a ${where}`,
        values,
      ),
    ]);
    return {
      items: rows.map(toAgreementView),
      total: Number(counted[0]?.total ?? 0),
      page: params.page,
      pageSize: params.pageSize,
    };
  }
}
