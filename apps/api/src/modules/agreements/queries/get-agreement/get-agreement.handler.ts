import type { AgreementDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readAgreementDetail } from '../agreement-detail.js';
import { GetAgreementQuery } from './get-agreement.query.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ id, actor }: GetAgreementQuery): Promise<AgreementDetailView> {
    return readAgreementDetail(this.dataSource.manager, id, actor);
  }
}
