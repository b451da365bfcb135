import { foldForSearch } from '../../../agreements/projections/search-text.js';
import { partnerScorecards } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../commitment-id.js';
import { partnersOf, scorecardRows } from '../scorecard-rows.js';
import {
  GetPartnerScorecardsQuery,
  type PartnerScorecardsView,
} from './get-partner-scorecards.query.js';

@QueryHandler(GetPartnerScorecardsQuery)
export class GetPartnerScorecardsHandler implements IQueryHandler<GetPartnerScorecardsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ partner }: GetPartnerScorecardsQuery): Promise<PartnerScorecardsView> {
    const today = todayBy(this.clock);
    const rows = await scorecardRows(this.dataSource.manager, '', []);
    const wanted = partner === undefined ? null : foldForSearch(partner.trim());
    const cards = partnerScorecards(
      rows.map((row) => ({ dueOn: row.due_on, status: row.status, partners: partnersOf(row) })),
      today,
    ).filter((card) => wanted === null || foldForSearch(card.partner).includes(wanted));
    return { asOf: today, partners: cards };
  }
}
