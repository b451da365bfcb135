import {
  type CommitmentKind,
  type DashboardCalendarEntry,
  type DashboardCalendarView,
  isOverdue,
  type LocalizedText,
  monthRange,
  type OccurrenceStatus,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { agreementFilter } from '../../../agreements/queries/list-agreements/agreement-filter.sql.js';
import { todayBy } from '../../../commitments/commitment-id.js';
import {
  commitmentFilter,
  OCCURRENCE_FROM,
} from '../../../commitments/queries/list-commitments/commitment-filter.sql.js';
import { GetDashboardCalendarQuery } from './get-dashboard-calendar.query.js';

interface OccurrenceRow {
  date: string;
  commitment_id: string;
  agreement_id: string;
  title: LocalizedText;
  kind: CommitmentKind;
  status: OccurrenceStatus;
}

interface AgreementDateRow {
  type: 'review_due' | 'expires';
  date: string;
  agreement_id: string;
  title: LocalizedText;
}

/**
 * The month's occurrences (as the commitments list filters them by due date) and the
 * review and expiry dates of agreements in force or in review, as the iCalendar feed
 * lists them. Kind and owner narrow the occurrences only.
 */
@QueryHandler(GetDashboardCalendarQuery)
export class GetDashboardCalendarHandler implements IQueryHandler<GetDashboardCalendarQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ params }: GetDashboardCalendarQuery): Promise<DashboardCalendarView> {
    const { month, ...filters } = params;
    const { from, to } = monthRange(month);
    const today = todayBy(this.clock);
    const occurrences = commitmentFilter({ ...filters, dueFrom: from, dueTo: to }, today);
    const agreements = agreementFilter(filters, today);
    const next = agreements.params.length;
    const [occurrenceRows, dateRows] = await Promise.all([
      this.dataSource.query<OccurrenceRow[]>(
        `SELECT to_char(o.due_on, 'YYYY-MM-DD') AS date, c.id AS commitment_id,
                c.agreement_id, c.title, c.kind, o.status
           ${OCCURRENCE_FROM} ${occurrences.where}
          ORDER BY o.due_on, c.title_sort, c.id`,
        occurrences.params,
      ),
      this.dataSource.query<AgreementDateRow[]>(
        `SELECT d.type, to_char(d.date, 'YYYY-MM-DD') AS date, a.id AS agreement_id, a.title
           FROM agreements a
           JOIN agreement_particulars p ON p.agreement_id = a.id
           CROSS JOIN LATERAL (VALUES ('review_due', p.review_due_on), ('expires', a.ends_on))
             AS d(type, date)
           ${agreements.where ? `${agreements.where} AND` : 'WHERE'}
                a.status IN ('active', 'review')
            AND d.date BETWEEN $${next + 1}::date AND $${next + 2}::date
          ORDER BY d.date, a.title_sort, a.id`,
        [...agreements.params, from, to],
      ),
    ]);
    const entries: DashboardCalendarEntry[] = [
      ...occurrenceRows.map((row) => ({
        type: 'occurrence' as const,
        date: row.date,
        commitmentId: row.commitment_id,
        agreementId: row.agreement_id,
        title: row.title,
        kind: row.kind,
        status: row.status,
        overdue: isOverdue({ status: row.status, dueOn: row.date }, today),
      })),
      ...dateRows.map((row) => ({
        type: row.type,
        date: row.date,
        agreementId: row.agreement_id,
        title: row.title,
      })),
    ];
    return { month, from, to, entries: entries.sort((a, b) => a.date.localeCompare(b.date)) };
  }
}
