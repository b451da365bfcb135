import { type AgreementView, pickText } from '@concordat/domain';
import { csvDocument } from '../../../../platform/http/csv.js';

const HEADER = [
  'title',
  'status',
  'step',
  'type',
  'partners',
  'countries',
  'starts_on',
  'ends_on',
  'review_due_on',
  'updated_at',
  'agreement_id',
];

/** The agreements list as RFC 4180 CSV, titles in the caller's languages (Accept-Language). */
export function agreementsCsv(
  rows: readonly AgreementView[],
  languages: readonly string[],
): string {
  return csvDocument(
    HEADER,
    rows.map((row) => [
      pickText(row.title, [...languages, ...row.titleLanguages]),
      row.status,
      row.step,
      row.type,
      row.partners.map((partner) => partner.name).join('; '),
      [...new Set(row.partners.map((partner) => partner.country))].join('; '),
      row.startsOn,
      row.endsOn,
      row.particulars.reviewDueOn,
      row.updatedAt,
      row.id,
    ]),
  );
}
