import type { AgreementEvent } from '@concordat/domain';
import type { StoredEvent } from '../../../platform/event-store/stored-event.js';

/**
 * Stored agreement events back into the domain union. Payloads are written only by
 * AgreementCommandRunner from events decide produced, so they have the current shape.
 * If a stored payload's shape ever changes, upcast the old shape here, keyed on `type`.
 */
export function toAgreementEvent(stored: StoredEvent): AgreementEvent {
  // Rounds recorded before rounds carried their text: the text was the previous round's.
  if (stored.type === 'NegotiationRoundOpened' && !('text' in stored.data)) {
    return {
      type: 'NegotiationRoundOpened',
      data: { round: Number(stored.data.round), proposedBy: 'ours', text: null },
    };
  }
  return { type: stored.type, data: stored.data } as AgreementEvent;
}
