import type { AgreementEvent } from '../agreements/agreement.events.js';
import type { ApprovalPolicy } from '../approvals/approval-policy.js';
import type { CommitmentEvent } from '../commitments/commitment.events.js';
import type { ExportEvent } from '../exports/export.events.js';
import type { DossierExportEvent } from './dossier.events.js';
import type { VerificationEvent } from './verification.events.js';

/**
 * Events the api appends outside the agreement and commitment folds (approval policies,
 * delegations, observers; exports, verifications and dossier downloads, the reads the log
 * records). They are in the log like any other, so the audit log names them.
 */
export type PlatformEvent =
  | {
      type: 'ApprovalPolicyChanged';
      data: Pick<ApprovalPolicy, 'agreementType' | 'purpose' | 'steps'> & {
        reapproval?: string;
        revision: number;
      };
    }
  | {
      type: 'DelegationGranted';
      data: {
        delegationId: string;
        delegatorId: string;
        substituteId: string;
        from: string;
        to: string;
      };
    }
  | { type: 'DelegationRevoked'; data: { delegationId: string } }
  | { type: 'AgreementObserversChanged'; data: { agreementId: string; userIds: string[] } }
  | ExportEvent
  | VerificationEvent
  | DossierExportEvent;

/** Every event type the audit log knows how to phrase. */
export type AuditedEvent = AgreementEvent | CommitmentEvent | PlatformEvent;
export type AuditedEventType = AuditedEvent['type'];
export type AuditedEventData<T extends AuditedEventType> = Extract<
  AuditedEvent,
  { type: T }
>['data'];

/** Which kind of stream an event belongs to: its stream's first event says it. */
export type EventStreamKind =
  | 'agreement'
  | 'commitment'
  | 'observers'
  | 'approval-policy'
  | 'delegation'
  | 'export'
  | 'verification'
  | 'dossier'
  | 'other';

/**
 * The kinds of stream that make up an agreement's record (what a per-agreement export
 * holds). Exports and dossier downloads of an agreement belong to it too, so its audit
 * history shows who took it away, but they are reads of the record, not part of it.
 */
export const AGREEMENT_RECORD_STREAM_KINDS = [
  'agreement',
  'commitment',
  'observers',
] as const satisfies readonly EventStreamKind[];

export interface EventStreamRef {
  kind: EventStreamKind;
  /** The agreement the stream's events belong to, when it belongs to one. */
  agreementId: string | null;
}

/**
 * Classifies a stream by its first event, so the audit search finds an agreement's events
 * (its own stream, its commitments', its observers', and the reads of it: its exports and
 * dossier downloads) through one indexed table. The event
 * store records it when a stream starts; the migration and the rebuild derive it from the
 * log with the same rule.
 */
export function streamOf(
  streamId: string,
  type: string,
  data: Record<string, unknown>,
): EventStreamRef {
  const agreementId = typeof data['agreementId'] === 'string' ? data['agreementId'] : null;
  switch (type) {
    case 'ExportRequested': {
      // An export of one agreement (filters.agreementId) is part of that agreement's history.
      const filters = data['filters'];
      const filtered =
        typeof filters === 'object' && filters !== null
          ? (filters as Record<string, unknown>)['agreementId']
          : undefined;
      return { kind: 'export', agreementId: typeof filtered === 'string' ? filtered : null };
    }
    case 'EventLogVerificationRequested':
      return { kind: 'verification', agreementId: null };
    case 'DossierExported':
      return { kind: 'dossier', agreementId };
    case 'AgreementDrafted':
      return { kind: 'agreement', agreementId: streamId };
    case 'CommitmentPlanned':
      return { kind: 'commitment', agreementId };
    case 'AgreementObserversChanged':
      return { kind: 'observers', agreementId };
    case 'ApprovalPolicyChanged':
      return { kind: 'approval-policy', agreementId: null };
    case 'DelegationGranted':
      return { kind: 'delegation', agreementId: null };
    default:
      return { kind: 'other', agreementId: null };
  }
}
