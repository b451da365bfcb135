import { COMMAND_PERMISSIONS } from '../auth/command-permissions.js';
import { AGREEMENT_COMMAND_TYPES } from './agreement.commands.js';
import type { AgreementCommandType } from './agreement.commands.js';
import {
  AGREEMENT_POSITIONS,
  LIFECYCLE_POSITIONS,
  NO_AGREEMENT,
  positionKey,
} from './agreement.position.js';
import type { LifecyclePosition } from './agreement.position.js';
import { APPROVER, AUDITOR, DRAFTER, givenAgreementAt } from './agreement.fixtures.js';
import { AGREEMENT_STEPS, TERMINAL_STATUSES } from './agreement.status.js';
import { AGREEMENT_TRANSITIONS, allowedCommands, transitionFor } from './transitions.js';
import type { AgreementTransition } from './transitions.js';
import { isAmendmentOnlyRow } from './amendments/amendment.model.js';

/** Every position reachable from "no agreement" along the given rows. */
function reachable(rows: readonly AgreementTransition[]): Set<string> {
  const seen = new Set([positionKey(NO_AGREEMENT)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.from.some((from) => seen.has(positionKey(from))) && !seen.has(positionKey(row.to))) {
        seen.add(positionKey(row.to));
        grew = true;
      }
    }
  }
  return seen;
}

describe('AGREEMENT_TRANSITIONS', () => {
  it('has a row for every command and a command for every row', () => {
    expect(new Set(AGREEMENT_TRANSITIONS.map((row) => row.command))).toEqual(
      new Set(AGREEMENT_COMMAND_TYPES),
    );
  });

  it('only uses steps that belong to their status', () => {
    for (const row of AGREEMENT_TRANSITIONS) {
      for (const position of [...row.from, row.to]) {
        if (position.status === 'none') continue;
        expect(AGREEMENT_STEPS[position.status]).toContain(position.step);
      }
    }
  });

  it('never offers two rows for the same command from the same position', () => {
    // Completion rows are where a command's own row may lead once the whole has decided.
    const keys = AGREEMENT_TRANSITIONS.filter((row) => !row.onCompletion).flatMap((row) =>
      row.from.map((from) => `${row.command}@${positionKey(from)}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reaches every step of every status', () => {
    expect(reachable(AGREEMENT_TRANSITIONS)).toEqual(new Set(LIFECYCLE_POSITIONS.map(positionKey)));
  });

  it('leads nowhere out of a terminal status', () => {
    const terminal: readonly string[] = TERMINAL_STATUSES;
    const fromTerminal = AGREEMENT_TRANSITIONS.filter((row) =>
      row.from.some((from) => terminal.includes(from.status)),
    );
    expect(fromTerminal).toEqual([]);
  });

  it('gives every completion row a self-loop row of its command that records one decision', () => {
    for (const completion of AGREEMENT_TRANSITIONS.filter((row) => row.onCompletion)) {
      for (const from of completion.from) {
        const own = transitionFor(completion.command, from);
        expect(own).toBeDefined();
        expect(own && positionKey(own.to)).toBe(
          // An amendment's withdrawal replaces the withdrawal of the agreement, not a decision.
          own?.command === 'WithdrawAgreement' ? 'withdrawn.closed' : positionKey(from),
        );
      }
    }
  });

  it('has no path past the draft that skips approval', () => {
    // Amendment-only rows lead from draft back to active, which needs a first signature.
    const withoutApproval = AGREEMENT_TRANSITIONS.filter(
      (row) => row.command !== 'ApproveDraft' && !isAmendmentOnlyRow(row),
    );
    const statuses = new Set([...reachable(withoutApproval)].map((key) => key.split('.')[0]));
    expect(statuses).toEqual(new Set(['none', 'draft', 'withdrawn']));
  });

  it('lets an agreement be withdrawn from every step before signing, and from none after', () => {
    const beforeSigning = new Set(['draft', 'negotiation', 'signing']);
    for (const position of AGREEMENT_POSITIONS) {
      expect(transitionFor('WithdrawAgreement', position) !== undefined).toBe(
        beforeSigning.has(position.status),
      );
    }
  });

  it.each(['RenewAgreement', 'LetExpire', 'TerminateAgreement'] as const)(
    'under review, %s proposes the decision, which then awaits approval',
    (command) => {
      const row = transitionFor(command, { status: 'review', step: 'under_review' });
      expect(row && [row.event, positionKey(row.to)]).toEqual([
        'ReviewDecisionProposed',
        'review.awaiting_decision',
      ]);
    },
  );

  it.each([
    ['AgreementRenewed', 'active.in_force'],
    ['AgreementExpired', 'expired.closed'],
    ['AgreementTerminated', 'terminated.closed'],
  ] as const)('ends a review with %s, leading to %s, once approved', (event, target) => {
    const rows = AGREEMENT_TRANSITIONS.filter(
      (row) => row.event === event && row.from.some((from) => from.status === 'review'),
    );
    expect(rows.map((row) => [row.command, row.onCompletion, positionKey(row.to)])).toEqual([
      ['ApproveReviewDecision', true, target],
    ]);
  });

  it('keeps direct termination of an agreement in force or suspended', () => {
    for (const step of ['in_force', 'suspended'] as const) {
      const row = transitionFor('TerminateAgreement', { status: 'active', step });
      expect(row && positionKey(row.to)).toBe('terminated.closed');
    }
  });

  it('names only commands the permission table has a row for', () => {
    for (const row of AGREEMENT_TRANSITIONS)
      expect(Object.keys(COMMAND_PERMISSIONS)).toContain(row.command);
  });
});

describe('allowedCommands', () => {
  const expectedAt = (position: LifecyclePosition): AgreementCommandType[] =>
    AGREEMENT_COMMAND_TYPES.filter((command) => transitionFor(command, position) !== undefined);

  it.each(LIFECYCLE_POSITIONS.map((position) => ({ position, at: positionKey(position) })))(
    'offers at $at exactly the commands with a row there',
    ({ position }) => {
      expect(new Set(allowedCommands(givenAgreementAt(position)))).toEqual(
        new Set(expectedAt(position)),
      );
    },
  );

  it('offers only CreateDraftAgreement before there is an agreement', () => {
    expect(allowedCommands({ status: 'none' })).toEqual(['CreateDraftAgreement']);
  });

  it('offers nothing once the agreement is closed', () => {
    expect(allowedCommands(givenAgreementAt({ status: 'withdrawn', step: 'closed' }))).toEqual([]);
  });

  it('does not offer approval to the drafter, but does to someone else', () => {
    const submitted = givenAgreementAt({ status: 'draft', step: 'awaiting_approval' });
    expect(allowedCommands(submitted, DRAFTER)).not.toContain('ApproveDraft');
    expect(allowedCommands(submitted, APPROVER)).toContain('ApproveDraft');
  });

  it('offers an auditor nothing to do', () => {
    expect(
      allowedCommands(givenAgreementAt({ status: 'active', step: 'in_force' }), AUDITOR),
    ).toEqual([]);
  });
});
