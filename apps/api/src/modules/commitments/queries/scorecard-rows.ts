import type { OccurrenceStatus, Party } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

export interface ScorecardRow {
  due_on: string;
  status: OccurrenceStatus;
  owed_by: string;
  partner: string | null;
  agreement_partners: Party[];
}

/** The occurrences of open commitments a scorecard counts; `where` filters on `c`. */
export function scorecardRows(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<ScorecardRow[]> {
  return manager.query<ScorecardRow[]>(
    `SELECT to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.status, c.owed_by, c.partner,
            a.partners AS agreement_partners
       FROM commitment_occurrences o
       JOIN commitments c ON c.id = o.commitment_id
       JOIN agreements a ON a.id = c.agreement_id
      WHERE c.status = 'open' ${where ? `AND ${where}` : ''}`,
    params,
  );
}

/** The partners an occurrence concerns: the one that owes it, else all of the agreement's. */
export function partnersOf(row: ScorecardRow): string[] {
  if (row.owed_by === 'partner' && row.partner !== null) return [row.partner];
  return row.agreement_partners.map((partner) => partner.name);
}
