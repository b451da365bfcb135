import { type AgreementParticularsView, EMPTY_PARTICULARS_VIEW } from '@concordat/domain';
import type {
  AgreementStatus,
  AgreementType,
  AgreementView,
  LocalizedText,
  Party,
  Role,
} from '@concordat/domain';

/** The number of the amendment running, from `agreement_amendments am`; null when none runs. */
export const RUNNING_AMENDMENT_NUMBER = `(SELECT (amendment->>'number')::int
    FROM jsonb_array_elements(am.view) AS amendment
   WHERE amendment->>'status' = 'in_progress' LIMIT 1)`;

/** The columns every agreement query selects, with the drafter joined in. */
export const AGREEMENT_COLUMNS = `
  a.id, a.title, a.title_languages, a.status, a.step, a.type,
  ${RUNNING_AMENDMENT_NUMBER} AS amendment_in_progress, a.summary, a.our_organisation, a.partners,
  to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on,
  a.version, a.created_at, a.updated_at,
  u.id AS created_by_id, u.name AS created_by_name, u.email AS created_by_email, u.role AS created_by_role,
  ap.view AS particulars`;

export const AGREEMENT_FROM = `FROM agreements a JOIN users u ON u.id = a.created_by
  LEFT JOIN agreement_particulars ap ON ap.agreement_id = a.id
  LEFT JOIN agreement_amendments am ON am.agreement_id = a.id`;

/**
 * The status the list shows, filters and sorts by: an agreement with an amendment running
 * is active (in force), whatever step the amendment is at. For queries without the joins.
 */
export const SHOWN_STATUS = `CASE WHEN EXISTS (
    SELECT 1 FROM agreement_amendments running
     WHERE running.agreement_id = a.id AND running.view @> '[{"status": "in_progress"}]'
  ) THEN 'active' ELSE a.status END`;

export interface AgreementRow {
  id: string;
  title: LocalizedText;
  title_languages: string[] | null;
  status: AgreementStatus;
  step: string;
  amendment_in_progress: number | null;
  type: AgreementType | null;
  summary: LocalizedText | null;
  our_organisation: string | null;
  partners: Party[];
  starts_on: string | null;
  ends_on: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by_id: string;
  created_by_name: string;
  created_by_email: string;
  created_by_role: Role;
  particulars: AgreementParticularsView | null;
}

/**
 * The title's language order from its column; rows the projection has not written since
 * the column came have none, and read alphabetically, as the domain falls back.
 */
export function storedTitleLanguages(row: {
  title: LocalizedText;
  title_languages: string[] | null;
}): string[] {
  return row.title_languages ?? Object.keys(row.title).sort();
}

export function toAgreementView(row: AgreementRow): AgreementView {
  return {
    id: row.id,
    title: row.title,
    titleLanguages: storedTitleLanguages(row),
    status: row.status,
    step: row.step,
    amendmentInProgress: row.amendment_in_progress,
    type: row.type,
    summary: row.summary,
    ourOrganisation: row.our_organisation,
    partners: row.partners,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    createdBy: {
      id: row.created_by_id,
      name: row.created_by_name,
      email: row.created_by_email,
      role: row.created_by_role,
    },
    particulars: row.particulars ?? EMPTY_PARTICULARS_VIEW,
  };
}
