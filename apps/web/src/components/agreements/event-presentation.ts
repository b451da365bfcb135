import type { AgreementEventType } from '@concordat/domain';

type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'info';

/**
 * How the timeline colours each event. Keyed by the domain's event union, so a new event
 * type fails to compile here until someone decides how it looks.
 */
export const EVENT_TONES: Record<AgreementEventType, Tone> = {
  AgreementDrafted: 'primary',
  AgreementDetailsEdited: 'info',
  AgreementSubmittedForApproval: 'primary',
  DraftApproved: 'success',
  DraftReturnedForChanges: 'warning',
  NegotiationStarted: 'primary',
  NegotiationRoundOpened: 'info',
  TextFinalised: 'success',
  ClearanceToSignRequested: 'primary',
  ClearedToSign: 'success',
  ClearanceRefused: 'danger',
  SigningOpened: 'primary',
  AgreementSigned: 'success',
  AgreementSuspended: 'warning',
  AgreementResumed: 'success',
  ReviewStarted: 'info',
  AgreementRenewed: 'success',
  AgreementExpired: 'info',
  ReviewDecisionProposed: 'primary',
  ReviewDecisionRejected: 'warning',
  AgreementTerminated: 'danger',
  AgreementWithdrawn: 'danger',
  ApprovalDecisionRecorded: 'success',
  SignatureRecorded: 'primary',
  AttachmentAdded: 'info',
  AgreementTextEdited: 'info',
  ClauseReviewed: 'info',
  AmendmentProposed: 'primary',
  AmendmentTookEffect: 'success',
  AmendmentWithdrawn: 'warning',
};

export function eventTone(type: string): Tone {
  return (EVENT_TONES as Record<string, Tone | undefined>)[type] ?? 'info';
}

/** Payload fields worth showing, in this order; the rest is visible in the audit export. */
export const EVENT_DATA_FIELDS = [
  'comment',
  'reason',
  'round',
  'effectiveOn',
  'endsOn',
  'dueOn',
  'terminatedOn',
  'textHash',
  'signatoryName',
  'signedOn',
] as const;

/** The details an edit or a draft can carry, named in the "Changed: …" line. */
export const DETAIL_FIELDS = [
  'title',
  'type',
  'summary',
  'ourOrganisation',
  'partners',
  'startsOn',
  'endsOn',
] as const;

/** "AgreementSomethingNew" → "Agreement something new", for an event this UI does not know yet. */
export function humanizeEventType(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
