import type { LocalizedText } from '../shared/localized-text.js';
import type { FieldChange } from './event-changes.js';

export interface AuditPersonRef {
  id: string;
  name: string;
}

/** One event as the audit log shows it: who, when, on whose behalf, where, and what changed. */
export interface AuditEventView {
  /** Global position, a bigint as a decimal string. */
  position: string;
  occurredAt: string;
  streamId: string;
  version: number;
  type: string;
  actor: AuditPersonRef & { role: string | null };
  /** The approver a substitute decided for, from payloads that record it. */
  onBehalfOf: AuditPersonRef | null;
  /** The agreement the event belongs to (its own stream or a commitment's), if any. */
  agreement: { id: string; title: LocalizedText; titleLanguages: string[] | null } | null;
  payload: Record<string, unknown>;
  hash: string;
  globalHash: string;
  /** Field by field; user ids among the values are replaced by the people's names. */
  changes: FieldChange[];
}

export interface AuditEventsPage {
  items: AuditEventView[];
  /** Give it back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A person the audit log's actor filter offers. */
export interface AuditActorView {
  id: string;
  name: string;
  role: string;
}
