import { APPROVER, DRAFTER, givenAgreementAt } from './agreement.fixtures.js';
import {
  AGREEMENT_ACTIONS,
  AGREEMENT_ACTION_NAMES,
  allowedActions,
  commandForAction,
  isAgreementAction,
  primaryAction,
} from './agreement.actions.js';
import { AGREEMENT_COMMAND_TYPES } from './agreement.commands.js';

describe('AGREEMENT_ACTIONS', () => {
  it('gives every lifecycle command a route name', () => {
    const named = new Set(AGREEMENT_ACTION_NAMES.flatMap((a) => AGREEMENT_ACTIONS[a].commands));
    for (const command of AGREEMENT_COMMAND_TYPES.filter(
      (c) => c !== 'CreateDraftAgreement' && c !== 'AddAttachment',
    ))
      expect(named).toContain(command);
  });

  it('knows its names and no others', () => {
    expect(isAgreementAction('approve')).toBe(true);
    expect(isAgreementAction('request-changes')).toBe(true);
    expect(isAgreementAction('toString')).toBe(false);
    expect(isAgreementAction('explode')).toBe(false);
  });
});

describe('commandForAction', () => {
  it.each([
    ['approve', 'draft', 'awaiting_approval', 'ApproveDraft'],
    ['approve', 'negotiation', 'awaiting_clearance', 'ClearToSign'],
    ['reject', 'draft', 'awaiting_approval', 'ReturnDraftForChanges'],
    ['request-changes', 'negotiation', 'awaiting_clearance', 'RefuseClearance'],
    ['sign', 'signing', 'collecting_signatures', 'SignAgreement'],
    ['expire', 'review', 'under_review', 'LetExpire'],
  ] as const)('runs %s at %s.%s as %s', (action, status, step, command) => {
    expect(commandForAction(action, givenAgreementAt({ status, step } as never))).toBe(command);
  });

  it('falls back to its first command where none applies, so decide refuses it', () => {
    expect(
      commandForAction('approve', givenAgreementAt({ status: 'draft', step: 'editing' })),
    ).toBe('ApproveDraft');
  });
});

describe('allowedActions', () => {
  it('offers the approver approve and reject on a submitted draft, approve first', () => {
    const submitted = givenAgreementAt({ status: 'draft', step: 'awaiting_approval' });
    const actions = allowedActions(submitted, APPROVER);
    expect(actions).toEqual(['approve', 'reject']);
    expect(primaryAction(actions)).toBe('approve');
  });

  it('offers the drafter only withdrawal while the draft awaits approval', () => {
    const submitted = givenAgreementAt({ status: 'draft', step: 'awaiting_approval' });
    expect(allowedActions(submitted, DRAFTER)).toEqual(['withdraw']);
  });

  it('offers the manager edit, submit, withdraw and edit-text on a draft being edited', () => {
    const editing = givenAgreementAt({ status: 'draft', step: 'editing' });
    expect(allowedActions(editing, DRAFTER)).toEqual(['edit', 'submit', 'withdraw', 'edit-text']);
  });

  it('offers an auditor nothing', () => {
    const active = givenAgreementAt({ status: 'active', step: 'in_force' });
    expect(allowedActions(active, { userId: 'aud', role: 'auditor' })).toEqual([]);
  });
});
