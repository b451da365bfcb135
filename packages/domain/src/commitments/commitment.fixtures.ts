import type { Actor } from '../auth/roles.js';
import type {
  CommitmentAgreementFacts,
  CommitmentCommand,
  CommitmentCommandMetadata,
  PlanCommitment,
} from './commitment.commands.js';
import type { CommitmentEvent } from './commitment.events.js';
import { decideCommitment } from './decide.js';
import { evolveCommitment, foldCommitment } from './evolve.js';
import type { CommitmentState } from './commitment.state.js';

/** Test-only builders (excluded from the build): commitments reached by real commands. */

export const MANAGER: Actor = { userId: 'user-manager', role: 'manager' };
export const NOW = '2026-11-23T09:00:00.000Z';

/** The FAVIJA MoU as a commitment sees it: two years, one Japanese partner. */
export const FAVIJA: CommitmentAgreementFacts = {
  id: 'agreement-favija',
  status: 'active',
  partners: ['Japan Table Tennis Association'],
  startsOn: '2025-01-15',
  endsOn: '2026-12-31',
};

export function by(
  actor: Actor = MANAGER,
  agreement: CommitmentAgreementFacts = FAVIJA,
): CommitmentCommandMetadata {
  return { actor, now: NOW, agreement };
}

/** A yearly delegation exchange in October, 20 athletes, through the agreement's term. */
export function planDelegations(overrides: Partial<PlanCommitment['data']> = {}): PlanCommitment {
  return {
    type: 'PlanCommitment',
    data: {
      commitmentId: 'commitment-1',
      agreementId: FAVIJA.id,
      title: { vi: 'Trao đổi đoàn vận động viên', ja: '選手団の交流', en: 'Delegation exchange' },
      kind: 'delegation_exchange',
      owedBy: 'both',
      ownerId: MANAGER.userId,
      quantity: { amount: 20, unit: 'athletes' },
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1' },
      ...overrides,
    },
  };
}

/** Runs commands one after another through decide and evolve, as the api would. */
export function given(...commands: CommitmentCommand[]): {
  events: CommitmentEvent[];
  state: CommitmentState;
} {
  const events: CommitmentEvent[] = [];
  let state: CommitmentState = foldCommitment([]);
  for (const command of commands) {
    const decided = decideCommitment(command, state, by());
    events.push(...decided);
    state = decided.reduce(evolveCommitment, state);
  }
  return { events, state };
}
