import { csvDocument } from '../../../../platform/http/csv.js';
import { type CommitmentOccurrenceRow, pickText } from '@concordat/domain';

const HEADER = [
  'due_on',
  'status',
  'overdue',
  'title',
  'kind',
  'owed_by',
  'partner',
  'agreement',
  'partners',
  'countries',
  'owner',
  'quantity',
  'unit',
  'quantity_done',
  'evidence',
  'commitment_id',
];

/**
 * The list as RFC 4180 CSV (see csvDocument). Titles are in the
 * caller's languages (Accept-Language), falling back as the UI does.
 */
export function commitmentsCsv(
  rows: readonly CommitmentOccurrenceRow[],
  languages: readonly string[],
): string {
  return csvDocument(
    HEADER,
    rows.map((row) => [
      row.dueOn,
      row.status,
      row.overdue,
      pickText(row.title, languages),
      row.kind,
      row.owedBy,
      row.partner,
      pickText(row.agreement.title, [...languages, ...row.agreement.titleLanguages]),
      row.agreement.partners.map((partner) => partner.name).join('; '),
      [...new Set(row.agreement.partners.map((partner) => partner.country))].join('; '),
      row.owner.name,
      row.quantity?.amount ?? null,
      row.quantity?.unit ?? null,
      row.quantityDone,
      row.evidenceCount,
      row.commitmentId,
    ]),
  );
}
