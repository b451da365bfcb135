import { MANAGER } from './commitment.fixtures.js';
import { allowedCommitmentActions, allowedOccurrenceActions } from './commitment.actions.js';

const AUDITOR = { userId: 'user-auditor', role: 'auditor' } as const;

describe('allowed commitment actions', () => {
  it('offers a manager edit and cancel on an open commitment, nothing once cancelled', () => {
    expect(allowedCommitmentActions('open', MANAGER)).toEqual(['edit', 'cancel']);
    expect(allowedCommitmentActions('cancelled', MANAGER)).toEqual([]);
  });

  it('offers on each occurrence the transitions its status allows, and evidence', () => {
    expect(allowedOccurrenceActions('open', 'planned', MANAGER)).toEqual([
      'start',
      'fulfil',
      'fulfil-partially',
      'miss',
      'waive',
      'add-evidence',
    ]);
    expect(allowedOccurrenceActions('open', 'fulfilled', MANAGER)).toEqual(['add-evidence']);
    expect(allowedOccurrenceActions('open', 'missed', MANAGER)).toEqual([
      'fulfil',
      'fulfil-partially',
      'waive',
      'add-evidence',
    ]);
  });

  it('offers an auditor nothing', () => {
    expect(allowedCommitmentActions('open', AUDITOR)).toEqual([]);
    expect(allowedOccurrenceActions('open', 'planned', AUDITOR)).toEqual([]);
  });
});
