import type {
  VerificationReportView,
  VerificationStatus,
  VerificationView,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { GetVerificationQuery } from './get-verification.query.js';

interface VerificationRow {
  id: string;
  status: VerificationStatus;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  events_total: string | null;
  events_checked: string;
  result: VerificationReportView | null;
  error: string | null;
}

@QueryHandler(GetVerificationQuery)
export class GetVerificationHandler implements IQueryHandler<GetVerificationQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ verificationId }: GetVerificationQuery): Promise<VerificationView> {
    // Compared as text: an id that is no UUID is simply not found (404), not a cast error.
    const [row] = await this.dataSource.query<VerificationRow[]>(
      `SELECT v.id::text AS id, v.status, v.requested_by::text AS requested_by,
              u.name AS requested_by_name, v.requested_at, v.started_at, v.finished_at,
              v.events_total::text AS events_total, v.events_checked::text AS events_checked,
              v.result, v.error
         FROM audit_verifications v JOIN users u ON u.id = v.requested_by
        WHERE v.id::text = lower($1)`,
      [verificationId],
    );
    if (row === undefined) {
      throw new ApiError(ApiErrorCode.NotFound, `There is no verification ${verificationId}`);
    }
    return {
      id: row.id,
      status: row.status,
      requestedBy: { id: row.requested_by, name: row.requested_by_name },
      requestedAt: row.requested_at.toISOString(),
      startedAt: row.started_at?.toISOString() ?? null,
      finishedAt: row.finished_at?.toISOString() ?? null,
      eventsTotal: row.events_total === null ? null : Number(row.events_total),
      eventsChecked: Number(row.events_checked),
      result: row.result,
      error: row.error,
    };
  }
}
