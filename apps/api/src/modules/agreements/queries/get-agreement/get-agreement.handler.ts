import type { AgreementDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { readAgreementDetail } from '../agreement-detail.js';
import { readAgreementAsOf } from './agreement-as-of.js';
import { GetAgreementQuery } from './get-agreement.query.js';
import { Clock } from '../../../../platform/clock/clock.js';
import { ApprovalActions } from '../../../approvals/infrastructure/approval-actions.js';

@QueryHandler(GetAgreementQuery)
export class GetAgreementHandler implements IQueryHandler<GetAgreementQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly approvalActions: ApprovalActions,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor, asOf }: GetAgreementQuery): Promise<AgreementDetailView> {
    const manager = this.dataSource.manager;
    if (asOf !== undefined) return readAgreementAsOf(manager, this.eventStore, id, asOf);
    const view = await readAgreementDetail(manager, id, actor);
    return this.approvalActions.narrow(manager, view, actor, this.clock.now().toISOString());
  }
}
