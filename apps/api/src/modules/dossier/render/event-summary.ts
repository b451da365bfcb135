import type { DossierLabels, DossierLanguage } from './dossier-labels.js';
import { DOSSIER_TERMS, termFor } from './dossier-terms.js';
import type { DossierEvent } from './dossier-data.js';

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const short = (hash: unknown): string | null => {
  const value = text(hash);
  return value === null ? null : `${value.slice(0, 12)}…`;
};

/** A localized text's value in `language`, else its first value (titles of commitments). */
function firstText(value: unknown, language: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  const entries = Object.entries(value as Payload).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return (entries.find(([tag]) => tag === language) ?? entries[0])?.[1] ?? null;
}

/**
 * One line saying what an event recorded, read from the fields its payload carries rather
 * than from a table per event type: the log holds a few dozen types across agreements and
 * commitments, and every field named here means the same wherever it appears.
 */
export function eventSummary(
  event: DossierEvent,
  labels: DossierLabels,
  language: DossierLanguage,
): string {
  const data = event.payload;
  const status = text(data['status']);
  const parts: Array<string | null> = [
    firstText(data['title'], language),
    typeof data['number'] === 'number' && text(data['clauseKey']) !== null
      ? `${labels.clause} ${data['number']} (${text(data['clauseKey'])})`
      : null,
    typeof data['round'] === 'number' ? `${labels.round} ${data['round']}` : null,
    typeof data['step'] === 'number' ? `${labels.step} ${data['step'] + 1}` : null,
    // A clause verdict is the only `status` an event of the timeline records.
    status === null ? null : termFor(DOSSIER_TERMS[language].verdicts, status),
    text(data['periodKey']),
    text(data['organisation']),
    text(data['signatoryName']),
    text(data['signedOn']),
    text(data['name']),
    text(data['textHash']) === null ? null : `${labels.hash} ${short(data['textHash'])}`,
    text(data['sha256']) === null ? null : `SHA-256 ${short(data['sha256'])}`,
    event.onBehalfOf === null ? null : `${labels.onBehalfOf} ${event.onBehalfOf.name}`,
    text(data['reason']) === null ? null : `${labels.reason}: ${text(data['reason'])}`,
    text(data['comment']) === null ? null : `${labels.comment}: ${text(data['comment'])}`,
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}
