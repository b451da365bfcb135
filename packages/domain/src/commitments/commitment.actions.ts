import type { Actor } from '../auth/roles.js';
import { mayRunCommitmentCommand } from '../auth/commitment-permissions.js';
import { COMMITMENT_ACTIONS, COMMITMENT_ACTION_NAMES } from './commitment.commands.js';
import type { CommitmentAction } from './commitment.commands.js';
import type { OccurrenceStatus } from './commitment.model.js';
import type { CommitmentState } from './commitment.state.js';

/** Where a commitment stands, as the fold and the read model both know it. */
export type CommitmentStatus = CommitmentState['status'];
import { OCCURRENCE_TRANSITIONS, occurrenceCommandAllowed } from './occurrences.js';
import type { OccurrenceCommandType } from './occurrences.js';

/** Actions about the commitment as a whole. */
const COMMITMENT_WIDE: readonly CommitmentAction[] = ['edit', 'cancel'];

function isOccurrenceCommand(command: string): command is OccurrenceCommandType {
  return Object.hasOwn(OCCURRENCE_TRANSITIONS, command);
}

/** What `actor` may do to the commitment as a whole now (`edit`, `cancel`). */
export function allowedCommitmentActions(
  status: CommitmentStatus,
  actor: Actor,
): CommitmentAction[] {
  if (status !== 'open') return [];
  return COMMITMENT_WIDE.filter((action) =>
    mayRunCommitmentCommand(actor.role, COMMITMENT_ACTIONS[action].command),
  );
}

/** What `actor` may do to one occurrence in `status` (transitions, and `add-evidence`). */
export function allowedOccurrenceActions(
  commitment: CommitmentStatus,
  status: OccurrenceStatus,
  actor: Actor,
): CommitmentAction[] {
  if (commitment !== 'open') return [];
  return COMMITMENT_ACTION_NAMES.filter((action) => {
    const { command } = COMMITMENT_ACTIONS[action];
    if (COMMITMENT_WIDE.includes(action) || !mayRunCommitmentCommand(actor.role, command))
      return false;
    return isOccurrenceCommand(command) ? occurrenceCommandAllowed(command, status) : true;
  });
}
