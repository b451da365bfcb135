import { DomainError } from '../../shared/domain-error.js';
import type { AgreementCommand, SignAgreement } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import { APPROVER, actorFor, by, sample } from '../agreement.fixtures.js';
import type { AgreementState, ExistingAgreementState } from '../agreement.state.js';
import { initialAgreementState } from '../agreement.state.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { decide } from '../decide.js';
import { evolve, foldAgreement } from '../evolve.js';
import type { EffectiveDateRule } from '../particulars/agreement-particulars.js';
import { textHash } from '../text/text.canonical.js';
import { EMPTY_TEXT } from '../text/text.model.js';

/** This agreement has no text written: what it finalises (and is signed) is the empty text. */
const TEXT_HASH = textHash(EMPTY_TEXT);

/** The FAVIJA MoU with its particulars, driven by real commands up to collecting signatures. */
function historyToSigning(effectiveDateRule: EffectiveDateRule): AgreementEvent[] {
  const create: AgreementCommand = {
    type: 'CreateDraftAgreement',
    data: {
      agreementId: 'agreement-favija',
      title: { vi: 'Biên bản ghi nhớ với FAVIJA', ja: 'FAVIJAとの覚書' },
      type: 'mou',
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      ourCountry: 'VN',
      ourSignatory: { name: 'Nguyễn Văn An', title: 'Chủ tịch Hiệp hội' },
      partners: [
        {
          name: '日本警察スポーツ連盟',
          country: 'JP',
          signatory: { name: '山田 太郎', title: '会長' },
        },
      ],
      responsibleUnit: 'Ban Hợp tác quốc tế',
      effectiveDateRule,
      termMonths: 60,
      renewalRule: { kind: 'automatic', months: 24, noticeDays: 180 },
      reviewLeadDays: 90,
    },
  };
  const commands: AgreementCommand[] = [
    create,
    sample('SubmitForApproval'),
    sample('ApproveDraft'),
    sample('StartNegotiation'),
    { type: 'FinaliseText', data: {} },
    sample('RequestClearanceToSign'),
    sample('ClearToSign'),
    sample('OpenSigning'),
  ];
  const history: AgreementEvent[] = [];
  let state: AgreementState = initialAgreementState;
  for (const command of commands) {
    const events = decide(command, state, by(actorFor(command.type)));
    history.push(...events);
    state = events.reduce(evolve, state);
  }
  return history;
}

function signature(party: string, overrides: Partial<SignAgreement['data']> = {}): SignAgreement {
  return {
    type: 'SignAgreement',
    data: {
      party,
      signatoryName: party === 'ours' ? 'Nguyễn Văn An' : '山田 太郎',
      signatoryTitle: party === 'ours' ? 'Chủ tịch Hiệp hội' : '会長',
      signedOn: party === 'ours' ? '2026-11-02' : '2026-11-16',
      place: party === 'ours' ? 'Hà Nội' : '東京',
      method: party === 'ours' ? 'wet_ink' : 'electronic',
      textHash: TEXT_HASH,
      ...overrides,
    },
  };
}

function refusalOf(attempt: () => unknown): DomainError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const asOfficial = by(APPROVER);

describe('SignAgreement', () => {
  const atSigning = historyToSigning({ kind: 'on_last_signature' });

  it('records one party signature and stays collecting while a party has not signed', () => {
    const events = decide(signature('ours'), foldAgreement(atSigning), asOfficial);

    expect(events).toEqual([
      {
        type: 'SignatureRecorded',
        data: {
          party: 'ours',
          organisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
          signatoryName: 'Nguyễn Văn An',
          signatoryTitle: 'Chủ tịch Hiệp hội',
          signedOn: '2026-11-02',
          place: 'Hà Nội',
          method: 'wet_ink',
          textHash: TEXT_HASH,
          scanAttachmentId: null,
          scanSha256: null,
        },
      },
    ]);
    expect(foldAgreement([...atSigning, ...events])).toMatchObject({
      status: 'signing',
      step: 'collecting_signatures',
    });
  });

  it('refuses a second signature by the same party', () => {
    const once = [...atSigning, ...decide(signature('ours'), foldAgreement(atSigning), asOfficial)];

    const refusal = refusalOf(() => decide(signature('ours'), foldAgreement(once), asOfficial));

    expect(refusal).toMatchObject({ code: AgreementErrorCode.PartyAlreadySigned, field: 'party' });
  });

  it('refuses a signature on another text than the finalised one', () => {
    const refusal = refusalOf(() =>
      decide(
        signature('partner-1', { textHash: 'sha256:an-earlier-draft' }),
        foldAgreement(atSigning),
        asOfficial,
      ),
    );

    expect(refusal).toMatchObject({ code: AgreementErrorCode.TextHashMismatch, field: 'textHash' });
  });

  it('refuses a party the agreement does not have', () => {
    const refusal = refusalOf(() =>
      decide(signature('partner-2'), foldAgreement(atSigning), asOfficial),
    );

    expect(refusal).toMatchObject({ code: AgreementErrorCode.UnknownParty });
  });

  it('refuses a signature dated after today', () => {
    const refusal = refusalOf(() =>
      decide(signature('ours', { signedOn: '2027-01-01' }), foldAgreement(atSigning), asOfficial),
    );

    expect(refusal).toMatchObject({ code: AgreementErrorCode.InvalidDates, field: 'signedOn' });
  });

  it('with the last signature makes the agreement active, effective on that signature', () => {
    const once = [...atSigning, ...decide(signature('ours'), foldAgreement(atSigning), asOfficial)];

    const events = decide(signature('partner-1'), foldAgreement(once), asOfficial);

    expect(events.map((event) => event.type)).toEqual(['SignatureRecorded', 'AgreementSigned']);
    expect(events[1]).toEqual({
      type: 'AgreementSigned',
      // 16 Nov 2026 + 60 months; review 90 days before.
      data: { effectiveOn: '2026-11-16', endsOn: '2031-11-16', reviewDueOn: '2031-08-18' },
    });
    expect(foldAgreement([...once, ...events])).toMatchObject({
      status: 'active',
      step: 'in_force',
      effectiveOn: '2026-11-16',
      reviewDueOn: '2031-08-18',
      details: { endsOn: '2031-11-16' },
    });
  });

  it('takes effect on the fixed date when the particulars say so, whoever signs last', () => {
    const fixed = historyToSigning({ kind: 'fixed', date: '2027-01-01' });
    const once = [...fixed, ...decide(signature('partner-1'), foldAgreement(fixed), asOfficial)];

    const events = decide(signature('ours'), foldAgreement(once), asOfficial);

    expect(events[1]).toEqual({
      type: 'AgreementSigned',
      data: { effectiveOn: '2027-01-01', endsOn: '2032-01-01', reviewDueOn: '2031-10-03' },
    });
  });

  it('puts the SHA-256 of a scanned copy into the signature', () => {
    const withScan = [
      ...atSigning,
      ...decide(sample('AddAttachment'), foldAgreement(atSigning), asOfficial),
    ];
    const { attachmentId, sha256 } = sample('AddAttachment').data;

    const [recorded] = decide(
      signature('ours', { scanAttachmentId: attachmentId }),
      foldAgreement(withScan),
      asOfficial,
    );

    expect(recorded?.data).toMatchObject({ scanAttachmentId: attachmentId, scanSha256: sha256 });
  });

  it('refuses a scan that is not attached to the agreement', () => {
    const refusal = refusalOf(() =>
      decide(
        signature('ours', { scanAttachmentId: '7d0c8a4e-2b52-4a8e-9f0e-5b7b2a1c9d33' }),
        foldAgreement(atSigning),
        asOfficial,
      ),
    );

    expect(refusal).toMatchObject({ code: AgreementErrorCode.AttachmentNotFound });
  });
});

describe('review after signing', () => {
  const atSigning = historyToSigning({ kind: 'on_last_signature' });
  const signedBoth = [signature('ours'), signature('partner-1')].reduce<AgreementEvent[]>(
    (history, command) => [...history, ...decide(command, foldAgreement(history), asOfficial)],
    atSigning,
  );
  const underReview = [
    ...signedBoth,
    ...decide({ type: 'StartReview', data: {} }, foldAgreement(signedBoth), asOfficial),
  ];

  it('starts the review due on the computed date when none is given', () => {
    expect(underReview.at(-1)).toEqual({
      type: 'ReviewStarted',
      data: { dueOn: '2031-08-18', assignee: null },
    });
  });

  it('renews by the automatic renewal term from the current expiry, once approved', () => {
    const proposed = decide(
      { type: 'RenewAgreement', data: { comment: 'Tiếp tục hợp tác' } },
      foldAgreement(underReview),
      asOfficial,
    );
    const approved = decide(
      { type: 'ApproveReviewDecision', data: { comment: null } },
      foldAgreement([...underReview, ...proposed]),
      { ...asOfficial, actor: { userId: 'another-official', role: 'official' } },
    );

    expect(approved.at(-1)).toEqual({
      type: 'AgreementRenewed',
      data: {
        endsOn: '2033-11-16',
        comment: 'Tiếp tục hợp tác',
        months: 24,
        reviewDueOn: '2033-08-18',
      },
    });
    expect(foldAgreement([...underReview, ...proposed, ...approved])).toMatchObject({
      status: 'active',
      step: 'in_force',
      reviewDueOn: '2033-08-18',
      details: { endsOn: '2033-11-16' },
    });
  });

  it('renews by the months the decision gives', () => {
    const [renewed] = decide(
      { type: 'RenewAgreement', data: { months: 36 } },
      foldAgreement(underReview),
      asOfficial,
    );

    expect(renewed).toMatchObject({
      type: 'ReviewDecisionProposed',
      data: { decision: 'renew', endsOn: '2034-11-16', months: 36 },
    });
  });
});

describe('events stored before signatures were per party', () => {
  it('still fold: AgreementSigned with only effectiveOn keeps the end date and no review date', () => {
    const legacy = foldAgreement(atCollecting());
    const state = evolve(legacy, { type: 'AgreementSigned', data: { effectiveOn: '2024-03-15' } });

    expect(state).toMatchObject({
      status: 'active',
      effectiveOn: '2024-03-15',
      reviewDueOn: null,
      details: { endsOn: '2029-03-14', reviewLeadDays: 90, renewalRule: { kind: 'by_decision' } },
    });
  });

  it('still fold: AgreementRenewed without months or review date', () => {
    const legacy = foldAgreement(atCollecting());
    const active = evolve(legacy, { type: 'AgreementSigned', data: { effectiveOn: '2024-03-15' } });
    const review = evolve(active, { type: 'ReviewStarted', data: { dueOn: null } });
    const renewed = evolve(review, {
      type: 'AgreementRenewed',
      data: { endsOn: '2034-03-14', comment: null },
    }) as ExistingAgreementState;

    expect(renewed.details.endsOn).toBe('2034-03-14');
    expect(renewed.reviewDueOn).toBeNull();
  });
});

/** The sample FAVIJA draft, as stored before particulars existed, up to collecting signatures. */
function atCollecting(): AgreementEvent[] {
  return [
    {
      type: 'AgreementDrafted',
      data: {
        agreementId: 'agreement-old',
        createdBy: 'user-drafter',
        title: { vi: 'Biên bản ghi nhớ' },
        type: 'mou',
        summary: null,
        ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
        partners: [{ name: 'FAVIJA', country: 'JP' }],
        startsOn: '2024-03-15',
        endsOn: '2029-03-14',
      },
    },
    { type: 'AgreementSubmittedForApproval', data: {} },
    { type: 'DraftApproved', data: { comment: null } },
    { type: 'NegotiationStarted', data: {} },
    { type: 'TextFinalised', data: { textHash: TEXT_HASH } },
    { type: 'ClearanceToSignRequested', data: {} },
    { type: 'ClearedToSign', data: { comment: null } },
    { type: 'SigningOpened', data: {} },
  ];
}
