import type { ApprovalRun, LocalizedText, AgreementType } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { RUNNING_AMENDMENT_NUMBER } from '../../agreements/queries/agreement-row.js';

export interface ApprovalRow {
  agreement_id: string;
  run: ApprovalRun;
  due_at: Date | null;
  title: LocalizedText;
  title_languages: string[] | null;
  type: AgreementType | null;
  version: number;
  /**
   * Who may not approve (four eyes): the running amendment's proposer, else the drafter. A
   * review decision's proposer travels in the run (capacityToApprove reads it there).
   */
  created_by: string;
  /** The number of the amendment running, whose approval this is; null for the agreement's own. */
  amendment: number | null;
}

const SELECT = `SELECT p.agreement_id, p.run, p.due_at, a.title, a.title_languages, a.type, a.version,
    COALESCE(
      (SELECT amendment->>'proposedBy' FROM jsonb_array_elements(am.view) AS amendment
        WHERE amendment->>'status' = 'in_progress' LIMIT 1),
      a.created_by::text
    ) AS created_by,
    ${RUNNING_AMENDMENT_NUMBER} AS amendment
  FROM agreement_approvals p JOIN agreements a ON a.id = p.agreement_id
  LEFT JOIN agreement_amendments am ON am.agreement_id = p.agreement_id`;

/** Every approval still running, soonest due first (so the overdue lead). */
export function pendingApprovals(manager: EntityManager): Promise<ApprovalRow[]> {
  return manager.query<ApprovalRow[]>(
    `${SELECT} WHERE p.outcome IS NULL ORDER BY p.due_at ASC NULLS LAST, p.agreement_id`,
  );
}

/** The running or last approval of one agreement, if it ever had one. */
export async function approvalOf(
  manager: EntityManager,
  agreementId: string,
): Promise<ApprovalRow | undefined> {
  const rows = await manager.query<ApprovalRow[]>(`${SELECT} WHERE p.agreement_id = $1`, [
    agreementId,
  ]);
  return rows[0];
}
