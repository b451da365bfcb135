import type {
  DossierApprovalDecision,
  DossierClauseReview,
  DossierEvent,
  DossierPerson,
} from '../../render/dossier-data.js';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Ids of users named inside payloads (deciders of returns), to look their names up once. */
export function referencedUserIds(timeline: readonly DossierEvent[]): string[] {
  return timeline.flatMap((event) =>
    ['decidedBy', 'onBehalfOf']
      .map((key) => str(event.payload[key]))
      .filter((id): id is string => id !== null),
  );
}

/**
 * Every approval decision of every run, from the log: the approval read model keeps only
 * the last run, while an auditor asks who approved what at each stage, on whose behalf.
 */
export function approvalDecisions(
  timeline: readonly DossierEvent[],
  people: ReadonlyMap<string, DossierPerson>,
): DossierApprovalDecision[] {
  const named = (id: unknown, fallback: DossierPerson): DossierPerson =>
    people.get(str(id) ?? '') ?? fallback;
  const decisions: DossierApprovalDecision[] = [];
  for (const event of timeline) {
    const data = event.payload;
    const step = num(data['step']);
    if (event.type === 'ApprovalDecisionRecorded') {
      decisions.push({
        purpose: str(data['purpose']) ?? '',
        step: step === null ? null : step + 1,
        decision: 'approved',
        decidedBy: named(data['decidedBy'], event.actor),
        onBehalfOf:
          str(data['onBehalfOf']) === null ? null : named(data['onBehalfOf'], event.actor),
        decidedAt: str(data['decidedAt']) ?? event.occurredAt,
        comment: str(data['comment']),
        carried: data['carried'] === true,
      });
    } else if (event.type === 'DraftReturnedForChanges' || event.type === 'ClearanceRefused') {
      decisions.push({
        purpose: event.type === 'DraftReturnedForChanges' ? 'draft' : 'clearance',
        step: step === null ? null : step + 1,
        decision: 'returned',
        decidedBy: named(data['decidedBy'], event.actor),
        onBehalfOf:
          str(data['onBehalfOf']) === null ? null : named(data['onBehalfOf'], event.actor),
        decidedAt: event.occurredAt,
        comment: str(data['comment']),
        carried: false,
      });
    }
  }
  return decisions;
}

/** Legal's verdicts on clauses in the order given: flags, comments, who cleared them. */
export function clauseReviews(timeline: readonly DossierEvent[]): DossierClauseReview[] {
  return timeline
    .filter((event) => event.type === 'ClauseReviewed')
    .map((event) => ({
      clauseKey: str(event.payload['clauseKey']) ?? '',
      number: num(event.payload['number']) ?? 0,
      round: num(event.payload['round']) ?? 0,
      status: str(event.payload['status']) ?? '',
      comment: str(event.payload['comment']),
      reviewedBy: event.actor,
      reviewedAt: event.occurredAt,
    }));
}
