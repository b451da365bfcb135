import { Injectable } from '@nestjs/common';
import {
  type Actor,
  allowedCommitmentActions,
  allowedOccurrenceActions,
  type CommitmentDetailView,
  CommitmentErrorCode,
  DomainError,
  type EvidenceView,
  isOverdue,
  type OccurrenceStatus,
  type Role,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import {
  COMMITMENT_COLUMNS,
  COMMITMENT_FROM,
  COMMITMENT_SUMMARY_COLUMNS,
  type CommitmentRow,
  toCommitmentView,
} from './commitment-rows.js';

interface OccurrenceRow {
  period_key: string;
  due_on: string;
  status: OccurrenceStatus;
  quantity_done: number | null;
  note: string | null;
  reason: string | null;
  updated_at: Date | null;
}

interface EvidenceRow {
  id: string;
  period_key: string;
  note: string | null;
  file_name: string | null;
  media_type: string | null;
  size: number | null;
  sha256: string | null;
  created_at: Date;
  user_id: string;
  user_name: string;
  user_email: string;
  user_role: Role;
}

/**
 * One commitment as `GET /api/commitments/{id}` and every command answer it: the read
 * model, its occurrences with evidence, overdue as of `today`, and what the caller may do.
 */
@Injectable()
export class CommitmentDetailReader {
  async read(
    manager: EntityManager,
    commitmentId: string,
    actor: Actor,
    today: string,
  ): Promise<CommitmentDetailView> {
    const [row] = await manager.query<CommitmentRow[]>(
      `SELECT ${COMMITMENT_COLUMNS}, ${COMMITMENT_SUMMARY_COLUMNS} ${COMMITMENT_FROM} WHERE c.id = $2`,
      [today, commitmentId],
    );
    if (row === undefined) {
      throw new DomainError(
        CommitmentErrorCode.CommitmentNotFound,
        `There is no commitment ${commitmentId}`,
      );
    }
    const occurrences = await manager.query<OccurrenceRow[]>(
      `SELECT to_char(period_key, 'YYYY-MM-DD') AS period_key, to_char(due_on, 'YYYY-MM-DD') AS due_on,
              status, quantity_done, note, reason, updated_at
         FROM commitment_occurrences WHERE commitment_id = $1 ORDER BY period_key`,
      [commitmentId],
    );
    const evidence = await manager.query<EvidenceRow[]>(
      `SELECT e.id, to_char(e.period_key, 'YYYY-MM-DD') AS period_key, e.note, e.file_name,
              e.media_type, e.size, e.sha256, e.created_at,
              u.id AS user_id, u.name AS user_name, u.email AS user_email, u.role AS user_role
         FROM commitment_evidence e JOIN users u ON u.id = e.created_by
        WHERE e.commitment_id = $1 ORDER BY e.created_at, e.id`,
      [commitmentId],
    );
    const view = toCommitmentView(row);
    return {
      ...view,
      allowedActions: allowedCommitmentActions(view.status, actor),
      occurrences: occurrences.map((occurrence) => ({
        periodKey: occurrence.period_key,
        dueOn: occurrence.due_on,
        status: occurrence.status,
        overdue: isOverdue({ status: occurrence.status, dueOn: occurrence.due_on }, today),
        quantityDone: occurrence.quantity_done,
        note: occurrence.note,
        reason: occurrence.reason,
        updatedAt: occurrence.updated_at?.toISOString() ?? null,
        evidence: evidence
          .filter((item) => item.period_key === occurrence.period_key)
          .map((item) => toEvidenceView(commitmentId, item)),
        allowedActions: allowedOccurrenceActions(view.status, occurrence.status, actor),
      })),
    };
  }
}

function toEvidenceView(commitmentId: string, row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    periodKey: row.period_key,
    note: row.note,
    file:
      row.file_name === null
        ? null
        : {
            name: row.file_name,
            mediaType: row.media_type ?? 'application/octet-stream',
            size: row.size ?? 0,
            sha256: row.sha256 ?? '',
            downloadUrl: `/api/commitments/${commitmentId}/evidence/${row.id}`,
          },
    addedAt: row.created_at.toISOString(),
    addedBy: { id: row.user_id, name: row.user_name, email: row.user_email, role: row.user_role },
  };
}
