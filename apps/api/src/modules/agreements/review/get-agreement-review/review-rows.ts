import type {
  AgreementStatus,
  AmendmentView,
  ApprovalPurpose,
  CommitmentKind,
  LocalizedText,
  ObligedParty,
  OccurrenceStatus,
  Party,
  Role,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

export interface ReviewedAgreementRow {
  status: AgreementStatus;
  step: string;
  partners: Party[];
  ends_on: string | null;
  review_due_on: string | null;
  amendments: AmendmentView[] | null;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_email: string | null;
  assignee_role: Role | null;
}

/** The agreement under review with its dates, assignee and amendment chain. */
export async function reviewedAgreement(
  manager: EntityManager,
  id: string,
): Promise<ReviewedAgreementRow | undefined> {
  const rows = await manager.query<ReviewedAgreementRow[]>(
    `SELECT a.status, a.step, a.partners, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on,
            to_char(p.review_due_on, 'YYYY-MM-DD') AS review_due_on, m.view AS amendments,
            u.id AS assignee_id, u.name AS assignee_name, u.email AS assignee_email,
            u.role AS assignee_role
       FROM agreements a
       LEFT JOIN agreement_particulars p ON p.agreement_id = a.id
       LEFT JOIN agreement_amendments m ON m.agreement_id = a.id
       LEFT JOIN users u ON u.id::text = p.view->>'reviewAssignee'
      WHERE a.id = $1`,
    [id],
  );
  return rows[0];
}

export interface PartnerAgreementRow {
  id: string;
  title: LocalizedText;
  title_languages: string[] | null;
  status: AgreementStatus;
  step: string;
  starts_on: string | null;
  ends_on: string | null;
  shared_partners: string[];
}

/** Every other agreement naming one of `partners`, the most recent term first. */
export function partnerAgreements(
  manager: EntityManager,
  id: string,
  partners: readonly string[],
): Promise<PartnerAgreementRow[]> {
  return manager.query<PartnerAgreementRow[]>(
    `SELECT a.id, a.title, a.title_languages, a.status, a.step,
            to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on,
            ARRAY(SELECT DISTINCT p->>'name' FROM jsonb_array_elements(a.partners) p
                   WHERE p->>'name' = ANY($2) ORDER BY 1) AS shared_partners
       FROM agreements a
      WHERE a.id <> $1
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.partners) p WHERE p->>'name' = ANY($2))
      ORDER BY a.ends_on DESC NULLS LAST, a.created_at DESC, a.id
      LIMIT 100`,
    [id, partners],
  );
}

export interface OpenOccurrenceRow {
  commitment_id: string;
  title: LocalizedText;
  kind: CommitmentKind;
  owed_by: ObligedParty;
  due_on: string;
  status: OccurrenceStatus;
  owner_id: string;
  owner_name: string;
}

/** The occurrences of this agreement's open commitments that are still to be done. */
export function openOccurrences(
  manager: EntityManager,
  id: string,
  openStatuses: readonly OccurrenceStatus[],
): Promise<OpenOccurrenceRow[]> {
  return manager.query<OpenOccurrenceRow[]>(
    `SELECT c.id AS commitment_id, c.title, c.kind, c.owed_by,
            to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.status,
            u.id AS owner_id, u.name AS owner_name
       FROM commitment_occurrences o
       JOIN commitments c ON c.id = o.commitment_id
       JOIN users u ON u.id = c.owner_id
      WHERE c.agreement_id = $1 AND c.status = 'open' AND o.status = ANY($2)
      ORDER BY o.due_on, c.title_sort, c.id
      LIMIT 200`,
    [id, openStatuses],
  );
}

export interface OpenApprovalRow {
  purpose: ApprovalPurpose;
  current_step: number | null;
  due_at: Date | null;
}

/** The agreement's approval while it runs (none once it finished). */
export function openApprovals(manager: EntityManager, id: string): Promise<OpenApprovalRow[]> {
  return manager.query<OpenApprovalRow[]>(
    `SELECT purpose, current_step, due_at FROM agreement_approvals
      WHERE agreement_id = $1 AND outcome IS NULL`,
    [id],
  );
}
