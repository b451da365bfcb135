import type {
  CommitmentAgreementRef,
  CommitmentKind,
  CommitmentSchedule,
  CommitmentView,
  LocalizedText,
  ObligedParty,
  Party,
  Role,
  UserRef,
} from '@concordat/domain';

/**
 * The columns every commitment query selects, with its agreement and owner joined in.
 * `$1` is always today (`YYYY-MM-DD`, from the clock): overdue is derived here, per query.
 */
export const COMMITMENT_COLUMNS = `
  c.id, c.title, c.kind, c.owed_by, c.partner, c.clause, c.quantity_amount, c.quantity_unit,
  c.schedule, c.notes, c.status, c.cancel_reason, c.version, c.created_at, c.updated_at,
  a.id AS agreement_id, a.title AS agreement_title, a.title_languages AS agreement_title_languages,
  a.status AS agreement_status, a.partners AS agreement_partners,
  u.id AS owner_id, u.name AS owner_name, u.email AS owner_email, u.role AS owner_role`;

export const COMMITMENT_FROM = `FROM commitments c
  JOIN agreements a ON a.id = c.agreement_id
  JOIN users u ON u.id = c.owner_id`;

/** Open occurrences: the ones that can be overdue. */
export const OPEN_STATUSES_SQL = `('planned', 'in_progress')`;

export const COMMITMENT_SUMMARY_COLUMNS = `
  (SELECT to_char(min(o.due_on), 'YYYY-MM-DD') FROM commitment_occurrences o
    WHERE o.commitment_id = c.id AND o.status IN ${OPEN_STATUSES_SQL}) AS next_due_on,
  (SELECT count(*) FROM commitment_occurrences o
    WHERE o.commitment_id = c.id AND o.status IN ${OPEN_STATUSES_SQL} AND o.due_on < $1::date)::int
    AS overdue_count`;

export interface CommitmentRow {
  id: string;
  title: LocalizedText;
  kind: CommitmentKind;
  owed_by: ObligedParty;
  partner: string | null;
  clause: number | null;
  quantity_amount: number | null;
  quantity_unit: string | null;
  schedule: CommitmentSchedule;
  notes: LocalizedText | null;
  status: 'open' | 'cancelled';
  cancel_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  agreement_id: string;
  agreement_title: LocalizedText;
  agreement_title_languages: string[] | null;
  agreement_status: string;
  agreement_partners: Party[];
  owner_id: string;
  owner_name: string;
  owner_email: string;
  owner_role: Role;
  next_due_on: string | null;
  overdue_count: number;
}

export function agreementRefOf(row: {
  agreement_id: string;
  agreement_title: LocalizedText;
  agreement_title_languages: string[] | null;
  agreement_status: string;
  agreement_partners: Party[];
}): CommitmentAgreementRef {
  return {
    id: row.agreement_id,
    title: row.agreement_title,
    titleLanguages: row.agreement_title_languages ?? [],
    status: row.agreement_status,
    partners: row.agreement_partners,
  };
}

export function ownerOf(row: {
  owner_id: string;
  owner_name: string;
  owner_email: string;
  owner_role: Role;
}): UserRef {
  return { id: row.owner_id, name: row.owner_name, email: row.owner_email, role: row.owner_role };
}

export function toCommitmentView(row: CommitmentRow): CommitmentView {
  return {
    id: row.id,
    agreement: agreementRefOf(row),
    title: row.title,
    kind: row.kind,
    owedBy: row.owed_by,
    partner: row.partner,
    clause: row.clause,
    owner: ownerOf(row),
    quantity:
      row.quantity_amount === null
        ? null
        : { amount: row.quantity_amount, unit: row.quantity_unit ?? '' },
    schedule: row.schedule,
    notes: row.notes,
    status: row.status,
    cancelReason: row.cancel_reason,
    version: row.version,
    nextDueOn: row.next_due_on,
    overdueCount: row.overdue_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
