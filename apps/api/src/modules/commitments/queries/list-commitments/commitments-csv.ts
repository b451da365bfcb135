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

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The list as RFC 4180 CSV: CRLF line ends, a header row, UTF-8 with a byte order mark so
 * spreadsheet programs read Vietnamese, Russian and Japanese as such. Titles are in the
 * caller's languages (Accept-Language), falling back as the UI does.
 */
export function commitmentsCsv(
  rows: readonly CommitmentOccurrenceRow[],
  languages: readonly string[],
): string {
  const lines = rows.map((row) =>
    [
      row.dueOn,
      row.status,
      row.overdue,
      pickText(row.title, languages),
      row.kind,
      row.owedBy,
      row.partner,
      pickText(row.agreement.title, languages),
      row.agreement.partners.map((partner) => partner.name).join('; '),
      [...new Set(row.agreement.partners.map((partner) => partner.country))].join('; '),
      row.owner.name,
      row.quantity?.amount ?? null,
      row.quantity?.unit ?? null,
      row.quantityDone,
      row.evidenceCount,
      row.commitmentId,
    ]
      .map(field)
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The language tags of an Accept-Language header, most preferred first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*')
    .sort((a, b) => b.q - a.q)
    .map((entry) => entry.tag);
}
