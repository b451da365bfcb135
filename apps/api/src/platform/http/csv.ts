/** An export holds at most this many rows: a CSV is for a spreadsheet, not a backup. */
export const MAX_EXPORT_ROWS = 10_000;

export type CsvValue = string | number | boolean | null;

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
function field(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document per RFC 4180: CRLF line ends, a header row, UTF-8 with a byte order mark
 * so spreadsheet programs read Vietnamese, Russian and Japanese as such.
 */
export function csvDocument(header: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = rows.map((row) => row.map(field).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
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

/** One record of a CSV written a batch at a time, CRLF included (as in csvDocument). */
export function csvRecord(row: readonly CsvValue[]): string {
  return `${row.map(field).join(',')}\r\n`;
}
