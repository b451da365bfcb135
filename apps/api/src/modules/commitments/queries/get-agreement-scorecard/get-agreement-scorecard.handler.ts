import { scorecard } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../commitment-id.js';
import { requireAgreement } from '../agreement-exists.js';
import { scorecardRows } from '../scorecard-rows.js';
import {
  type AgreementScorecardView,
  GetAgreementScorecardQuery,
} from './get-agreement-scorecard.query.js';

@QueryHandler(GetAgreementScorecardQuery)
export class GetAgreementScorecardHandler implements IQueryHandler<GetAgreementScorecardQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId }: GetAgreementScorecardQuery): Promise<AgreementScorecardView> {
    await requireAgreement(this.dataSource, agreementId);
    const today = todayBy(this.clock);
    const rows = await scorecardRows(this.dataSource.manager, 'c.agreement_id = $1', [agreementId]);
    const card = scorecard(
      rows.map((row) => ({ dueOn: row.due_on, status: row.status })),
      today,
    );
    return { agreementId, asOf: today, ...card };
  }
}
