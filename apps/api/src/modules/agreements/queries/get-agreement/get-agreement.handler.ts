import type { AgreementDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { readAgreementView, withAllowedActions } from '../agreement-detail.js';
import { readAgreementAsOf } from './agreement-as-of.js';
import { GetAgreementQuery } from './get-agreement.query.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
  ) {}

  async execute({ id, actor, asOf }: GetAgreementQuery): Promise<AgreementDetailView> {
    if (asOf !== undefined)
      return readAgreementAsOf(this.dataSource.manager, this.eventStore, id, asOf);
    return withAllowedActions(await readAgreementView(this.dataSource.manager, id), actor);
  }
}
