import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { AGREEMENT_COMMAND_TYPES } from './agreement.commands.js';
import { positionKey } from './agreement.position.js';
import { actorFor, by, DRAFTER, historyTo, sample } from './agreement.fixtures.js';
import type { AgreementEvent } from './agreement.events.js';
import type { AgreementState } from './agreement.state.js';
import { initialAgreementState } from './agreement.state.js';
import { AgreementErrorCode } from './agreement-error-code.js';
import { decide } from './decide.js';
import { evolve, foldAgreement } from './evolve.js';
import { allowedCommands, rowFollowed, transitionFor } from './transitions.js';

describe('evolve', () => {
  it('builds the agreement from a drafted event stored before the particulars, with their defaults', () => {
    const state = evolve(initialAgreementState, {
      type: 'AgreementDrafted',
      data: {
        agreementId: 'a-1',
        createdBy: DRAFTER.userId,
        title: { ja: '覚書' },
        type: 'mou',
        summary: null,
        ourOrganisation: null,
        partners: [],
        startsOn: null,
        endsOn: null,
      },
    });
    expect(state).toEqual({
      status: 'draft',
      step: 'editing',
      id: 'a-1',
      createdBy: DRAFTER.userId,
      details: {
        title: { ja: '覚書' },
        type: 'mou',
        summary: null,
        ourOrganisation: null,
        partners: [],
        startsOn: null,
        endsOn: null,
        responsibleUnit: null,
        ourCountry: null,
        ourSignatory: null,
        effectiveDateRule: { kind: 'on_last_signature' },
        termMonths: null,
        renewalRule: { kind: 'by_decision' },
        reviewLeadDays: 90,
      },
      round: 0,
      textHash: null,
      effectiveOn: null,
      reviewDueOn: null,
      reviewAssignee: null,
      terminatedOn: null,
      signatures: [],
      attachments: [],
      text: { draft: null, versions: [], reviews: {} },
      amendment: null,
      amendments: [],
      withdrawnAmendments: [],
      inForceRound: null,
    });
  });

  it('keeps the fields an edit did not mention', () => {
    const state = foldAgreement([
      ...historyTo({ status: 'draft', step: 'editing' }),
      { type: 'AgreementDetailsEdited', data: { summary: { en: 'New summary' } } },
    ]);
    expect(state).toMatchObject({
      details: {
        summary: { en: 'New summary' },
        ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      },
    });
  });

  it('records the signature, the review and the termination dates', () => {
    const state = foldAgreement([
      ...historyTo({ status: 'review', step: 'under_review' }),
      { type: 'AgreementTerminated', data: { reason: 'Ended', terminatedOn: '2026-01-01' } },
    ]);
    expect(state).toMatchObject({
      status: 'terminated',
      step: 'closed',
      effectiveOn: '2024-03-15',
      reviewDueOn: '2028-12-01',
      terminatedOn: '2026-01-01',
    });
  });

  it('rejects an event the lifecycle does not allow, as a corrupt stream', () => {
    const signedTooEarly: AgreementEvent[] = [
      ...historyTo({ status: 'draft', step: 'editing' }),
      { type: 'AgreementSigned', data: { effectiveOn: '2024-01-01' } },
    ];
    expect(() => foldAgreement(signedTooEarly)).toThrow(
      'AgreementSigned cannot follow draft.editing',
    );
  });

  it('rejects a second drafted event', () => {
    const history = historyTo({ status: 'draft', step: 'editing' });
    expect(() => foldAgreement([...history, ...history])).toThrow(
      'AgreementDrafted cannot follow draft.editing',
    );
  });
});

describe('decide and evolve together (property)', () => {
  const commandTypes = fc.array(fc.constantFrom(...AGREEMENT_COMMAND_TYPES), { maxLength: 40 });

  it('accept exactly the commands the table allows, and land where the table says', () => {
    fc.assert(
      fc.property(commandTypes, (types) => {
        let state: AgreementState = initialAgreementState;
        const history: AgreementEvent[] = [];
        for (const type of types) {
          const row = transitionFor(type, state);
          const offered = allowedCommands(state).includes(type);
          try {
            const events = decide(sample(type), state, by(actorFor(type)));
            history.push(...events);
            const followed = rowFollowed(type, state, events);
            state = events.reduce(evolve, state);
            expect(offered).toBe(true);
            expect(row).toBeDefined();
            expect(positionKey(state)).toBe(followed && positionKey(followed.to));
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            const code = (error as DomainError).code;
            expect(Object.values(AgreementErrorCode)).toContain(code);
            // The sample commands satisfy every other rule, so only the lifecycle refuses them.
            if (
              code !== AgreementErrorCode.InvalidDates &&
              code !== AgreementErrorCode.RequiredFieldMissing
            ) {
              expect(offered).toBe(false);
            }
          }
        }
        expect(foldAgreement(history)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
