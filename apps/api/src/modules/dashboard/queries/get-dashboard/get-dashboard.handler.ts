import {
  AGREEMENT_POSITIONS,
  type AgreementStatus,
  type AgreementStep,
  type DashboardView,
  dueSoonRange,
  EXPIRY_WINDOWS,
  TERMINAL_STATUSES,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { SHOWN_STATUS } from '../../../agreements/queries/agreement-row.js';
import { agreementFilter } from '../../../agreements/queries/list-agreements/agreement-filter.sql.js';
import { todayBy } from '../../../commitments/commitment-id.js';
import { buckets, CommitmentCounts, type Dimension } from './commitment-counts.sql.js';
import { GetDashboardQuery } from './get-dashboard.query.js';

const DIMENSIONS: readonly Dimension[] = ['partner', 'country', 'kind', 'owner'];

const TERMINAL_SQL = TERMINAL_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * Reads projection tables only. Every count runs the WHERE its list builds for the same
 * filters (commitmentFilter, agreementFilter), so each number links to exactly its rows.
 */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ filters }: GetDashboardQuery): Promise<DashboardView> {
    const today = todayBy(this.clock);
    const range = dueSoonRange(today);
    const counts = new CommitmentCounts(this.dataSource, today);
    const dueSoonFilter = { ...filters, open: true, ...range };
    const overdueFilter = { ...filters, overdue: true };
    const [dueSoon, overdue, grouped, expiring, waiting] = await Promise.all([
      counts.total(dueSoonFilter),
      counts.total(overdueFilter),
      Promise.all(
        DIMENSIONS.map(async (dimension) =>
          buckets(
            await counts.by(dimension, dueSoonFilter),
            await counts.by(dimension, overdueFilter),
          ),
        ),
      ),
      Promise.all(
        EXPIRY_WINDOWS.map(async (withinDays) => ({
          withinDays,
          count: await this.countAgreements({ ...filters, expiresWithinDays: withinDays }, today),
        })),
      ),
      this.waiting(filters, today),
    ]);
    const [byPartner = [], byCountry = [], byKind = [], byOwner = []] = grouped;
    return {
      commitments: { today, ...range, dueSoon, overdue, byPartner, byCountry, byKind, byOwner },
      expiring,
      waiting,
    };
  }

  private async countAgreements(
    filters: Parameters<typeof agreementFilter>[0],
    today: string,
  ): Promise<number> {
    const { where, params } = agreementFilter(filters, today);
    const rows = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM agreements a ${where}`,
      params,
    );
    return rows[0]?.count ?? 0;
  }

  /** Agreements in each open position (status as the list shows it, and sub-step), in lifecycle order. */
  private async waiting(
    filters: { partner?: string; country?: string },
    today: string,
  ): Promise<DashboardView['waiting']> {
    const { where, params } = agreementFilter(filters, today);
    const open = `${SHOWN_STATUS} NOT IN (${TERMINAL_SQL})`;
    const rows = await this.dataSource.query<
      Array<{ status: AgreementStatus; step: AgreementStep; count: number }>
    >(
      `SELECT ${SHOWN_STATUS} AS status, a.step, count(*)::int AS count
         FROM agreements a ${where ? `${where} AND ${open}` : `WHERE ${open}`}
        GROUP BY 1, 2`,
      params,
    );
    const position = (row: { status: string; step: string }) =>
      AGREEMENT_POSITIONS.findIndex((p) => p.status === row.status && p.step === row.step);
    return rows.sort((a, b) => position(a) - position(b));
  }
}
