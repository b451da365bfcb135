import { DomainError } from '../shared/domain-error.js';
import type { AgreementCommand, CommandMetadata } from './agreement.commands.js';
import type { AgreementDetails, AgreementEvent } from './agreement.events.js';
import {
  APPROVER,
  actorFor,
  AUDITOR,
  DRAFTER,
  NOW,
  by,
  given,
  givenAgreementAt,
  historyTo,
  sample,
  SAMPLE_TEXT,
} from './agreement.fixtures.js';
import { textHash } from './text/text.canonical.js';
import type { AgreementState } from './agreement.state.js';
import { initialAgreementState } from './agreement.state.js';
import { AgreementErrorCode } from './agreement-error-code.js';
import { decide } from './decide.js';
import { evolve, foldAgreement } from './evolve.js';
import { defaultApprovalPolicy } from '../approvals/approval-policy.js';
import { DEFAULT_PARTICULARS } from './particulars/agreement-particulars.js';

/** given events / when command / then events or error. */
function scenario(history: AgreementEvent[]) {
  const state: AgreementState = foldAgreement(history);
  return {
    // By default whoever the permission table lets run the command (see actorFor).
    when: (command: AgreementCommand, metadata: CommandMetadata = by(actorFor(command.type))) => ({
      then: (expected: AgreementEvent[]) =>
        expect(decide(command, state, metadata)).toEqual(expected),
      thenRefused: (code: AgreementErrorCode, field?: string) => {
        let refusal: unknown;
        try {
          decide(command, state, metadata);
        } catch (error) {
          refusal = error;
        }
        expect(refusal).toBeInstanceOf(DomainError);
        expect(refusal).toMatchObject({ code, field });
      },
    }),
  };
}

const drafted = (
  data: Partial<Extract<AgreementEvent, { type: 'AgreementDrafted' }>['data']> = {},
): AgreementEvent => ({
  type: 'AgreementDrafted',
  data: {
    agreementId: 'agreement-1',
    createdBy: DRAFTER.userId,
    title: { en: 'Sports exchange' },
    titleLanguages: ['en'],
    type: null,
    summary: null,
    ourOrganisation: null,
    partners: [],
    startsOn: null,
    endsOn: null,
    ...DEFAULT_PARTICULARS,
    ...data,
  },
});

const complete: Partial<AgreementDetails> = {
  type: 'mou',
  ourOrganisation: 'Cục Thể dục Thể thao',
  partners: [{ name: 'Seijo University', country: 'JP' }],
};

describe('CreateDraftAgreement', () => {
  it('records the draft with absent fields as null and the actor as its drafter', () => {
    scenario([])
      .when(
        {
          type: 'CreateDraftAgreement',
          data: { agreementId: 'agreement-1', title: { en: 'Sports exchange' } },
        },
        by(DRAFTER),
      )
      .then([drafted()]);
  });

  it('is refused when the agreement already exists', () => {
    scenario([drafted()])
      .when(sample('CreateDraftAgreement'), by(DRAFTER))
      .thenRefused(AgreementErrorCode.AgreementAlreadyExists);
  });

  it('is refused when the end date is before the start date', () => {
    scenario([])
      .when(
        {
          type: 'CreateDraftAgreement',
          data: {
            agreementId: 'a',
            title: { en: 'T' },
            startsOn: '2026-01-01',
            endsOn: '2025-12-31',
          },
        },
        by(DRAFTER),
      )
      .thenRefused(AgreementErrorCode.InvalidDates, 'endsOn');
  });

  it('is refused without a title in any language', () => {
    scenario([])
      .when({ type: 'CreateDraftAgreement', data: { agreementId: 'a', title: {} } }, by(DRAFTER))
      .thenRefused(AgreementErrorCode.RequiredFieldMissing, 'title');
  });

  it('is refused for a role that may not create agreements', () => {
    scenario([])
      .when(sample('CreateDraftAgreement'), by(AUDITOR))
      .thenRefused(AgreementErrorCode.RoleNotPermitted);
  });
});

describe('commands on an agreement that does not exist', () => {
  it('are refused as not found', () => {
    scenario([])
      .when(sample('SubmitForApproval'))
      .thenRefused(AgreementErrorCode.AgreementNotFound);
  });
});

describe('EditAgreementDetails', () => {
  it('records only the fields that actually change', () => {
    scenario([drafted()])
      .when({
        type: 'EditAgreementDetails',
        data: { title: { en: 'Sports exchange' }, ourOrganisation: 'Cục Thể dục Thể thao' },
      })
      .then([
        { type: 'AgreementDetailsEdited', data: { ourOrganisation: 'Cục Thể dục Thể thao' } },
      ]);
  });

  it('records nothing when nothing changes', () => {
    scenario([drafted()])
      .when({ type: 'EditAgreementDetails', data: { title: { en: 'Sports exchange' } } })
      .then([]);
  });

  it('records nothing when the same title comes with its languages in another order', () => {
    // The stored payload comes back from jsonb with its keys reordered.
    scenario([drafted({ title: { ja: '日越スポーツ交流', vi: 'Giao lưu thể thao Việt – Nhật' } })])
      .when({
        type: 'EditAgreementDetails',
        data: { title: { vi: 'Giao lưu thể thao Việt – Nhật', ja: '日越スポーツ交流' } },
      })
      .then([]);
  });

  it('clears an optional field with null', () => {
    const state = given(
      [sample('CreateDraftAgreement'), DRAFTER],
      [{ type: 'EditAgreementDetails', data: { endsOn: null } }, DRAFTER],
    );
    expect(state.status !== 'none' && state.details.endsOn).toBeNull();
  });

  it('is refused when the new end date falls before the existing start date', () => {
    scenario([drafted({ startsOn: '2026-01-01' })])
      .when({ type: 'EditAgreementDetails', data: { endsOn: '2025-06-30' } })
      .thenRefused(AgreementErrorCode.InvalidDates, 'endsOn');
  });

  it('may empty the partner list while the draft is being edited', () => {
    scenario([drafted({ partners: [{ name: 'FAVIJA', country: 'JP' }] })])
      .when({ type: 'EditAgreementDetails', data: { partners: [] } })
      .then([{ type: 'AgreementDetailsEdited', data: { partners: [] } }]);
  });

  it('may not remove the partners an approved agreement was negotiated with', () => {
    scenario(historyTo({ status: 'negotiation', step: 'in_round' }))
      .when({ type: 'EditAgreementDetails', data: { partners: [] } })
      .thenRefused(AgreementErrorCode.RequiredFieldMissing, 'partners');
  });
});

describe('SubmitForApproval', () => {
  it('is accepted once type, our organisation and a partner with a country are known', () => {
    scenario([drafted(complete)])
      .when(sample('SubmitForApproval'))
      .then([
        {
          type: 'AgreementSubmittedForApproval',
          data: { policy: defaultApprovalPolicy('mou', 'draft'), startedAt: NOW },
        },
      ]);
  });

  it.each([
    ['type', { ...complete, type: null }],
    ['ourOrganisation', { ...complete, ourOrganisation: null }],
    ['partners', { ...complete, partners: [] }],
    ['partners', { ...complete, partners: [{ name: 'No country', country: '' }] }],
  ] as [string, Partial<AgreementDetails>][])('is refused without %s', (field, details) => {
    scenario([drafted(details)])
      .when(sample('SubmitForApproval'), by(DRAFTER))
      .thenRefused(AgreementErrorCode.RequiredFieldMissing, field);
  });
});

describe('ApproveDraft', () => {
  const submitted = [
    drafted(complete),
    { type: 'AgreementSubmittedForApproval', data: {} } as const,
  ];
  const decision = (comment: string | null): AgreementEvent => ({
    type: 'ApprovalDecisionRecorded',
    data: {
      purpose: 'draft',
      step: 0,
      decidedBy: APPROVER.userId,
      onBehalfOf: null,
      comment,
      decidedAt: NOW,
    },
  });

  it('is recorded with the approver comment', () => {
    scenario(submitted)
      .when({ type: 'ApproveDraft', data: { comment: 'Phù hợp với kế hoạch' } }, by(APPROVER))
      .then([
        decision('Phù hợp với kế hoạch'),
        { type: 'DraftApproved', data: { comment: 'Phù hợp với kế hoạch' } },
      ]);
  });

  it('records a missing comment as null', () => {
    scenario(submitted)
      .when({ type: 'ApproveDraft', data: {} }, by(APPROVER))
      .then([decision(null), { type: 'DraftApproved', data: { comment: null } }]);
  });

  it('is refused to the drafter, whatever their role', () => {
    scenario(submitted)
      .when({ type: 'ApproveDraft', data: {} }, by({ userId: DRAFTER.userId, role: 'admin' }))
      .thenRefused(AgreementErrorCode.SelfApprovalForbidden);
  });

  it('is refused to an auditor', () => {
    scenario(submitted)
      .when({ type: 'ApproveDraft', data: {} }, by(AUDITOR))
      .thenRefused(AgreementErrorCode.RoleNotPermitted);
  });
});

describe('ReturnDraftForChanges', () => {
  it('needs a comment that is not blank', () => {
    scenario(historyTo({ status: 'draft', step: 'awaiting_approval' }))
      .when({ type: 'ReturnDraftForChanges', data: { comment: '   ' } })
      .thenRefused(AgreementErrorCode.RequiredFieldMissing, 'comment');
  });

  it('lets the drafter edit again', () => {
    scenario(historyTo({ status: 'draft', step: 'awaiting_approval' }))
      .when({ type: 'ReturnDraftForChanges', data: { comment: 'Add the budget' } })
      .then([
        {
          type: 'DraftReturnedForChanges',
          data: {
            comment: 'Add the budget',
            intent: 'rejected',
            step: 0,
            decidedBy: actorFor('ReturnDraftForChanges').userId,
            onBehalfOf: null,
          },
        },
      ]);
  });
});

describe('negotiation rounds', () => {
  const round = (n: number) =>
    ({
      type: 'NegotiationRoundOpened',
      data: { round: n, proposedBy: 'partner', text: SAMPLE_TEXT },
    }) as const;

  it('counts the opening round as round 1, so the next one is round 2', () => {
    scenario(historyTo({ status: 'negotiation', step: 'text_final' }))
      .when(sample('OpenNegotiationRound'))
      .then([round(2)]);
  });

  it('numbers each new round after the last', () => {
    const history = [
      ...historyTo({ status: 'negotiation', step: 'text_final' }),
      round(2),
      { type: 'TextFinalised', data: { textHash: textHash(SAMPLE_TEXT) } } as const,
    ];
    scenario(history)
      .when(sample('OpenNegotiationRound'))
      .then([round(3)]);
  });

  it('forgets the old text hash when a round reopens the text', () => {
    const state = foldAgreement([
      ...historyTo({ status: 'negotiation', step: 'text_final' }),
      round(2),
    ]);
    expect(state).toMatchObject({ step: 'in_round', round: 2, textHash: null });
  });

  it('will not finalise a text other than the one the client expects', () => {
    scenario(historyTo({ status: 'negotiation', step: 'in_round' }))
      .when({ type: 'FinaliseText', data: { textHash: '0'.repeat(64) } })
      .thenRefused(AgreementErrorCode.TextHashMismatch, 'textHash');
  });

  it('keeps the text final after clearance is refused, so it can be renegotiated or resubmitted', () => {
    const state = foldAgreement([
      ...historyTo({ status: 'negotiation', step: 'awaiting_clearance' }),
      { type: 'ClearanceRefused', data: { comment: 'Clause 4' } },
    ]);
    expect(state).toMatchObject({
      status: 'negotiation',
      step: 'text_final',
      textHash: textHash(SAMPLE_TEXT),
    });
  });
});

describe('RenewAgreement', () => {
  const underReview = historyTo({ status: 'review', step: 'under_review' });

  it('once approved, extends the term and returns the agreement to force', () => {
    const proposed = decide(
      { type: 'RenewAgreement', data: { endsOn: '2034-03-14', comment: 'Five more years' } },
      foldAgreement(underReview),
      by(DRAFTER),
    );
    const events = decide(
      sample('ApproveReviewDecision'),
      foldAgreement([...underReview, ...proposed]),
      by(APPROVER),
    );
    expect(events.at(-1)).toEqual({
      type: 'AgreementRenewed',
      data: {
        endsOn: '2034-03-14',
        comment: 'Five more years',
        months: null,
        reviewDueOn: '2033-12-14',
      },
    });
    expect(foldAgreement([...underReview, ...proposed, ...events])).toMatchObject({
      status: 'active',
      step: 'in_force',
      details: { endsOn: '2034-03-14' },
    });
  });

  it.each(['2029-03-14', '2028-01-01'])(
    'is refused when the new end %s is not later than the current one',
    (endsOn) => {
      scenario(underReview)
        .when({ type: 'RenewAgreement', data: { endsOn } })
        .thenRefused(AgreementErrorCode.InvalidDates, 'endsOn');
    },
  );
});

describe('TerminateAgreement', () => {
  it('is refused when the termination date is before the agreement took effect', () => {
    scenario(historyTo({ status: 'active', step: 'in_force' }))
      .when({ type: 'TerminateAgreement', data: { reason: 'Ended', terminatedOn: '2024-01-01' } })
      .thenRefused(AgreementErrorCode.InvalidDates, 'terminatedOn');
  });

  it('needs a reason', () => {
    scenario(historyTo({ status: 'active', step: 'suspended' }))
      .when({ type: 'TerminateAgreement', data: { reason: '', terminatedOn: '2025-01-01' } })
      .thenRefused(AgreementErrorCode.RequiredFieldMissing, 'reason');
  });
});

describe('WithdrawAgreement', () => {
  it('records the reason an unsigned agreement was abandoned', () => {
    scenario(historyTo({ status: 'signing', step: 'collecting_signatures' }))
      .when({ type: 'WithdrawAgreement', data: { reason: 'Partner withdrew' } })
      .then([{ type: 'AgreementWithdrawn', data: { reason: 'Partner withdrew' } }]);
  });
});

describe('decide is pure', () => {
  it('gives the same answer twice and leaves the state untouched', () => {
    const state = givenAgreementAt({ status: 'draft', step: 'editing' });
    const snapshot = structuredClone(state);
    const command: AgreementCommand = {
      type: 'EditAgreementDetails',
      data: { summary: { ru: 'Обмен делегациями' } },
    };

    const first = decide(command, state, by(DRAFTER));
    const second = decide(command, state, by(DRAFTER));

    expect(second).toEqual(first);
    expect(state).toEqual(snapshot);
    expect(first.reduce(evolve, state)).not.toEqual(state);
  });

  it('starts from the initial state with no agreement', () => {
    expect(initialAgreementState).toEqual({ status: 'none' });
  });
});
