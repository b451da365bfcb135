import type { AgreementDetailView } from '../agreement.views.js';
import type { ExistingAgreementState } from '../agreement.state.js';

/**
 * Who drafted what is being approved now, and so may not approve it (four eyes): the
 * proposer of a review decision being approved, else of the running amendment, else the
 * agreement's drafter.
 */
export function drafterOf(
  state: Pick<ExistingAgreementState, 'createdBy' | 'amendment'> &
    Partial<Pick<ExistingAgreementState, 'approval'>>,
): string {
  const run = state.approval;
  if (run?.outcome === null && run.proposal !== undefined) return run.proposal.proposedBy;
  return state.amendment?.proposedBy ?? state.createdBy;
}

/** The same, read from the agreement as the api answers it. */
export function drafterInView(view: Pick<AgreementDetailView, 'createdBy' | 'amendments'>): string {
  const running = view.amendments.find((amendment) => amendment.status === 'in_progress');
  return running?.proposedBy ?? view.createdBy.id;
}
