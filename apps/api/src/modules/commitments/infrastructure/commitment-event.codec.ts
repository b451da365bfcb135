import type { CommitmentEvent } from '@concordat/domain';
import type { StoredEvent } from '../../../platform/event-store/stored-event.js';

/**
 * Stored commitment events back into the domain union. Payloads are written only by
 * CommitmentCommandRunner from events decideCommitment produced, so they have the current
 * shape; when a stored shape changes, upcast the old one here, keyed on `type`.
 */
export function toCommitmentEvent(stored: StoredEvent): CommitmentEvent {
  return { type: stored.type, data: stored.data } as CommitmentEvent;
}
