/**
 * What can be wrong with an export, as stable codes a script can match on, listed from the
 * most precise (names one line and what happened to it) to the least (the file as a whole).
 */
export const FINDING_CODES = [
  'line-modified',
  'line-inserted',
  'line-deleted',
  'lines-reordered',
  'file-truncated',
  'line-unreadable',
  'line-not-canonical',
  'stream-version-out-of-order',
  'stream-link-broken',
  'stream-incomplete',
  'stream-not-in-manifest',
  'range-incomplete',
  'checkpoint-not-anchored',
  'chain-head-mismatch',
  'wrong-key',
  'signature-invalid',
  'streams-digest-mismatch',
  'row-count-mismatch',
  'file-hash-mismatch',
  'file-missing',
  'manifest-invalid',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  /** 1-based line of events.jsonl the finding is about, or null for the file or manifest. */
  line: number | null;
  /** The event's position where one is known. */
  position: string | null;
  streamId: string | null;
  version: number | null;
  /** One English sentence for a person. */
  message: string;
}

export function finding(
  code: FindingCode,
  message: string,
  at: Partial<Pick<Finding, 'line' | 'position' | 'streamId' | 'version'>> = {},
): Finding {
  return {
    code,
    line: at.line ?? null,
    position: at.position ?? null,
    streamId: at.streamId ?? null,
    version: at.version ?? null,
    message,
  };
}

/**
 * Most precise first: findings that name a line, earliest line first, then those about the
 * file, the streams or the checkpoint as a whole; equal places by the order of the codes.
 */
export function byPrecision(a: Finding, b: Finding): number {
  const line = (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
  if (line !== 0) return line;
  return FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code);
}
