import {
  type LocalizedText,
  OPEN_OCCURRENCE_STATUSES,
  type OccurrenceStatus,
  type Role,
  ownerCanAct,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';

/** An occurrence still expected to happen, with who answers for it. */
export interface OpenOccurrence {
  commitmentId: string;
  agreementId: string;
  title: LocalizedText;
  /** The agreement's title languages, in its order: texts are shown in that order. */
  titleLanguages: string[];
  periodKey: string;
  dueOn: string;
  status: OccurrenceStatus;
  ownerId: string;
  /** False when the owner can no longer act on it (see ownerCanAct): managers stand in. */
  ownerCanAct: boolean;
}

interface Row {
  commitment_id: string;
  agreement_id: string;
  title: LocalizedText;
  agreement_title: LocalizedText;
  title_languages: string[] | null;
  period_key: string;
  due_on: string;
  status: OccurrenceStatus;
  owner_id: string;
  owner_role: Role;
  owner_is_system: boolean;
}

/**
 * Open (planned or in progress) occurrences of commitments not cancelled, due on or before
 * `until` (all when null), oldest first. The reminders and the calendar read this one set;
 * whether one is overdue or due soon is left to the domain's functions and the clock's day.
 */
export async function openOccurrences(
  manager: EntityManager,
  until: string | null,
): Promise<OpenOccurrence[]> {
  const rows = await manager.query<Row[]>(
    `SELECT o.commitment_id, c.agreement_id, c.title,
            a.title AS agreement_title, a.title_languages,
            to_char(o.period_key, 'YYYY-MM-DD') AS period_key,
            to_char(o.due_on, 'YYYY-MM-DD') AS due_on, o.status,
            c.owner_id, u.role AS owner_role, u.is_system AS owner_is_system
       FROM commitment_occurrences o
       JOIN commitments c ON c.id = o.commitment_id
       JOIN agreements a ON a.id = c.agreement_id
       JOIN users u ON u.id = c.owner_id
      WHERE c.status = 'open' AND o.status = ANY($1::text[]) 
        AND ($2::date IS NULL OR o.due_on <= $2::date)
      ORDER BY o.due_on, o.commitment_id`,
    [[...OPEN_OCCURRENCE_STATUSES], until],
  );
  return rows.map((row) => ({
    commitmentId: row.commitment_id,
    agreementId: row.agreement_id,
    title: row.title,
    titleLanguages: storedTitleLanguages({
      title: row.agreement_title,
      title_languages: row.title_languages,
    }),
    periodKey: row.period_key,
    dueOn: row.due_on,
    status: row.status,
    ownerId: row.owner_id,
    ownerCanAct: ownerCanAct({ role: row.owner_role, isSystem: row.owner_is_system }),
  }));
}
