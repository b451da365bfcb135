import type { TextVersionView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readAgreementView } from '../../../queries/agreement-detail.js';
import { readVersionRows, toVersionView } from '../text-version-rows.js';
import { ListTextVersionsQuery } from './list-text-versions.query.js';

@QueryHandler(ListTextVersionsQuery)
export class ListTextVersionsHandler implements IQueryHandler<ListTextVersionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ agreementId }: ListTextVersionsQuery): Promise<TextVersionView[]> {
    const manager = this.dataSource.manager;
    await readAgreementView(manager, agreementId); // 404 for an unknown agreement
    const rows = await readVersionRows(manager, agreementId);
    return rows.filter((row) => row.round > 0).map((row) => toVersionView(row));
  }
}
