import type { AgreementDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { AgreementDetailReader } from '../agreement-detail-reader.js';
import { readAgreementAsOf } from './agreement-as-of.js';
import { GetAgreementQuery } from './get-agreement.query.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly details: AgreementDetailReader,
  ) {}

  async execute({ id, actor, asOf }: GetAgreementQuery): Promise<AgreementDetailView> {
    const manager = this.dataSource.manager;
    if (asOf !== undefined) return readAgreementAsOf(manager, this.eventStore, id, asOf);
    return this.details.read(manager, id, actor);
  }
}
