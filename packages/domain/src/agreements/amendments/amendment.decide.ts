import type { CommandMetadata } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import type { ExistingAgreementState } from '../agreement.state.js';

/** `propose-amendment`, from an agreement in force or as the review's `amend` decision. */
export function decideProposeAmendment(
  state: ExistingAgreementState,
  reason: string,
  metadata: CommandMetadata,
): AgreementEvent {
  return {
    type: 'AmendmentProposed',
    data: {
      number: state.amendments.length + 1,
      reason,
      proposedBy: metadata.actor.userId,
      proposedAt: metadata.now,
    },
  };
}

/**
 * During an amendment the last signature does not sign the agreement again: it makes the
 * amendment take effect on the day of the last signature (the agreement's own effective
 * date, term and review date stay). Outside an amendment the events pass unchanged.
 */
export function amendmentSignatureOutcome(
  state: ExistingAgreementState,
  events: AgreementEvent[],
): AgreementEvent[] {
  const amendment = state.amendment;
  if (amendment === null) return events;
  return events.map((event) => {
    if (event.type !== 'AgreementSigned') return event;
    const signedOn = events
      .filter((e) => e.type === 'SignatureRecorded')
      .map((e) => (e.type === 'SignatureRecorded' ? e.data.signedOn : ''))
      .concat(state.signatures.map((signature) => signature.signedOn))
      .sort()
      .at(-1);
    return {
      type: 'AmendmentTookEffect',
      data: {
        number: amendment.number,
        effectiveOn: signedOn ?? event.data.effectiveOn,
        textHash: state.textHash ?? '',
      },
    };
  });
}

/**
 * Withdrawing during an amendment abandons the amendment, never the agreement in force. Who
 * withdrew it and when go in the event, so the amendment chain can say so.
 */
export function decideWithdraw(
  state: ExistingAgreementState,
  reason: string,
  metadata: CommandMetadata,
): AgreementEvent {
  if (state.amendment === null) return { type: 'AgreementWithdrawn', data: { reason } };
  return {
    type: 'AmendmentWithdrawn',
    data: {
      number: state.amendment.number,
      reason,
      withdrawnBy: metadata.actor.userId,
      withdrawnAt: metadata.now,
    },
  };
}
