import type { AgreementView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { agreementNotFound } from '../agreement-not-found.js';
import {
  AGREEMENT_COLUMNS,
  AGREEMENT_FROM,
  type AgreementRow,
  toAgreementView,
} from '../agreement-row.js';
import { GetAgreementQuery } from './get-agreement.query.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ id }: GetAgreementQuery): Promise<AgreementView> {
    const rows = await this.dataSource.query<AgreementRow[]>(
      `SELECT ${AGREEMENT_COLUMNS} ${AGREEMENT_FROM} WHERE a.id = $1`,
      [id],
    );
    const row = rows[0];
    if (row === undefined) throw agreementNotFound(id);
    return toAgreementView(row);
  }
}
