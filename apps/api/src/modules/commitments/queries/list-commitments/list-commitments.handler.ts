import {
  type CommitmentOccurrenceRow,
  isOverdue,
  type OccurrenceStatus,
  type Page,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { MAX_EXPORT_ROWS } from '../../../../platform/http/csv.js';
import { todayBy } from '../../commitment-id.js';
import {
  COMMITMENT_COLUMNS,
  type CommitmentRow,
  agreementRefOf,
  ownerOf,
} from '../commitment-rows.js';
import {
  OCCURRENCE_FROM as FROM,
  commitmentFilter,
  commitmentOrder,
} from './commitment-filter.sql.js';
import { ListCommitmentsQueryMessage } from './list-commitments.query.js';

interface OccurrenceListRow extends Omit<CommitmentRow, 'next_due_on' | 'overdue_count'> {
  period_key: string;
  due_on: string;
  occurrence_status: OccurrenceStatus;
  quantity_done: number | null;
  evidence_count: number;
}

/** Reads the projection only: filters, sort and one page of occurrences, plus the total. */
@QueryHandler(ListCommitmentsQueryMessage)
export class ListCommitmentsHandler implements IQueryHandler<ListCommitmentsQueryMessage> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({
    params,
    all,
  }: ListCommitmentsQueryMessage): Promise<Page<CommitmentOccurrenceRow>> {
    const today = todayBy(this.clock);
    const { where, params: values } = commitmentFilter(params, today);
    const limit = all ? MAX_EXPORT_ROWS : params.pageSize;
    const offset = all ? 0 : (params.page - 1) * params.pageSize;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<OccurrenceListRow[]>(
        `SELECT ${COMMITMENT_COLUMNS},
                to_char(o.period_key, 'YYYY-MM-DD') AS period_key,
                to_char(o.due_on, 'YYYY-MM-DD') AS due_on,
                o.status AS occurrence_status, o.quantity_done,
                (SELECT count(*) FROM commitment_evidence e
                  WHERE e.commitment_id = o.commitment_id AND e.period_key = o.period_key)::int
                  AS evidence_count
         ${FROM} ${where}
         ${commitmentOrder(params.sort, params.order)}
         LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, limit, offset],
      ),
      this.dataSource.query<Array<{ total: string }>>(
        `SELECT count(*) AS total ${FROM} ${where}`,
        values,
      ),
    ]);
    return {
      items: rows.map((row) => toOccurrenceRow(row, today)),
      total: Number(counted[0]?.total ?? 0),
      page: all ? 1 : params.page,
      pageSize: all ? rows.length : params.pageSize,
    };
  }
}

function toOccurrenceRow(row: OccurrenceListRow, today: string): CommitmentOccurrenceRow {
  return {
    commitmentId: row.id,
    commitmentVersion: row.version,
    agreement: agreementRefOf(row),
    title: row.title,
    kind: row.kind,
    owedBy: row.owed_by,
    partner: row.partner,
    owner: ownerOf(row),
    quantity:
      row.quantity_amount === null
        ? null
        : { amount: row.quantity_amount, unit: row.quantity_unit ?? '' },
    commitmentStatus: row.status,
    periodKey: row.period_key,
    dueOn: row.due_on,
    status: row.occurrence_status,
    overdue: isOverdue({ status: row.occurrence_status, dueOn: row.due_on }, today),
    quantityDone: row.quantity_done,
    evidenceCount: row.evidence_count,
  };
}
