import type { CommitmentView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../commitment-id.js';
import { requireAgreement } from '../agreement-exists.js';
import {
  COMMITMENT_COLUMNS,
  COMMITMENT_FROM,
  COMMITMENT_SUMMARY_COLUMNS,
  type CommitmentRow,
  toCommitmentView,
} from '../commitment-rows.js';
import { ListAgreementCommitmentsQuery } from './list-agreement-commitments.query.js';

@QueryHandler(ListAgreementCommitmentsQuery)
export class ListAgreementCommitmentsHandler implements IQueryHandler<ListAgreementCommitmentsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId }: ListAgreementCommitmentsQuery): Promise<CommitmentView[]> {
    await requireAgreement(this.dataSource, agreementId);
    const rows = await this.dataSource.query<CommitmentRow[]>(
      `SELECT ${COMMITMENT_COLUMNS}, ${COMMITMENT_SUMMARY_COLUMNS} ${COMMITMENT_FROM}
        WHERE c.agreement_id = $2
        ORDER BY c.status, next_due_on NULLS LAST, c.title_sort, c.id`,
      [todayBy(this.clock), agreementId],
    );
    return rows.map(toCommitmentView);
  }
}
