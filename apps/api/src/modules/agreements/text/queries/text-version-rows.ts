import type {
  AgreementTextView,
  Clause,
  ClauseReviewStatus,
  ClauseReviewView,
  LocalizedText,
  Role,
  TextLanguage,
  TextProposer,
  TextVersionSummary,
  TextVersionView,
  UserRef,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/** Reading agreement_text_versions and agreement_clause_reviews into the domain's views. */

interface VersionRow {
  round: number;
  proposed_by: TextProposer;
  languages: TextLanguage[];
  clauses: Clause[];
  text_hash: string;
  finalised_hash: string | null;
  recorded_at: Date;
  user_id: string;
  user_name: string;
  user_email: string;
  user_role: Role;
}

interface ReviewRow {
  clause_key: string;
  round: number;
  status: ClauseReviewStatus;
  comment: string | null;
  wording: LocalizedText | null;
  reviewed_at: Date;
  user_id: string;
  user_name: string;
  user_email: string;
  user_role: Role;
}

const VERSION_COLUMNS = `v.round, v.proposed_by, v.languages, v.clauses, v.text_hash, v.finalised_hash,
  v.recorded_at, u.id AS user_id, u.name AS user_name, u.email AS user_email, u.role AS user_role`;

/** Every stored version of an agreement's text, oldest first; round 0 is the draft. */
export async function readVersionRows(
  manager: EntityManager,
  agreementId: string,
  rounds?: readonly number[],
): Promise<VersionRow[]> {
  return manager.query<VersionRow[]>(
    `SELECT ${VERSION_COLUMNS}
       FROM agreement_text_versions v JOIN users u ON u.id = v.recorded_by
      WHERE v.agreement_id = $1 AND ($2::int[] IS NULL OR v.round = ANY ($2))
      ORDER BY v.round`,
    [agreementId, rounds ?? null],
  );
}

async function readReviews(
  manager: EntityManager,
  agreementId: string,
): Promise<Map<string, ClauseReviewView>> {
  const rows = await manager.query<ReviewRow[]>(
    `SELECT r.clause_key, r.round, r.status, r.comment, r.wording, r.reviewed_at,
            u.id AS user_id, u.name AS user_name, u.email AS user_email, u.role AS user_role
       FROM agreement_clause_reviews r JOIN users u ON u.id = r.reviewed_by
      WHERE r.agreement_id = $1`,
    [agreementId],
  );
  return new Map(
    rows.map((row) => [
      row.clause_key,
      {
        status: row.status,
        round: row.round,
        comment: row.comment,
        wording: row.wording,
        reviewedBy: userOf(row),
        reviewedAt: row.reviewed_at.toISOString(),
      },
    ]),
  );
}

export function toVersionView(
  row: VersionRow,
  reviews: ReadonlyMap<string, ClauseReviewView> = new Map(),
): TextVersionView {
  return {
    ...toSummaryBase(row),
    languages: row.languages,
    clauses: row.clauses.map((clause, index) => ({
      key: clause.key,
      number: index + 1,
      title: clause.title,
      text: clause.text,
      review: reviews.get(clause.key) ?? null,
    })),
  };
}

export function toVersionSummary(row: VersionRow): TextVersionSummary {
  return { ...toSummaryBase(row), clauseCount: row.clauses.length };
}

function toSummaryBase(row: VersionRow) {
  return {
    round: row.round,
    proposedBy: row.proposed_by,
    textHash: row.text_hash,
    finalisedHash: row.finalised_hash,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: userOf(row),
  };
}

function userOf(row: {
  user_id: string;
  user_name: string;
  user_email: string;
  user_role: Role;
}): UserRef {
  return { id: row.user_id, name: row.user_name, email: row.user_email, role: row.user_role };
}

/**
 * The text part of the agreement detail: the latest version (the draft while drafting,
 * else the last round, with legal's reviews) and the list of rounds.
 */
export async function readAgreementText(
  manager: EntityManager,
  agreementId: string,
): Promise<AgreementTextView> {
  const rows = await readVersionRows(manager, agreementId);
  const latest = rows[rows.length - 1];
  const reviews =
    latest !== undefined && latest.round > 0 ? await readReviews(manager, agreementId) : new Map();
  return {
    current: latest === undefined ? null : toVersionView(latest, reviews),
    versions: rows.filter((row) => row.round > 0).map(toVersionSummary),
  };
}
