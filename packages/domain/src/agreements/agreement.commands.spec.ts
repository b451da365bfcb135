import { sample } from './agreement.fixtures.js';
import {
  AGREEMENT_COMMAND_TYPES,
  agreementCommandSchemas,
  isAgreementCommandType,
  parseAgreementCommand,
} from './agreement.commands.js';

const SIGNATURE = {
  party: 'partner-1',
  signatoryName: '山田 太郎',
  signatoryTitle: '会長',
  signedOn: '2024-03-15',
  place: '東京',
  method: 'electronic',
  textHash: 'sha256:favija-final',
};

const titles = {
  vi: 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân Việt Nam và FAVIJA',
  ru: 'Меморандум о сотрудничестве в области спорта между Вьетнамом и Японией',
  ja: 'ベトナム人民公安スポーツ協会とFAVIJAとのスポーツ交流協力に関する覚書',
};

/** The issue paths of a failed parse, as "a.b" strings, to name which rule broke. */
function failures(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('agreementCommandSchemas', () => {
  it.each(AGREEMENT_COMMAND_TYPES)(
    '%s rejects an unknown field next to a valid payload',
    (type) => {
      // The api takes the agreement id from the URL, so it is never part of a payload.
      const valid: Record<string, unknown> = { ...sample(type).data };
      delete valid.agreementId;
      const schema = agreementCommandSchemas[type];

      expect(schema.safeParse(valid).success).toBe(true);
      expect(failures(schema.safeParse({ ...valid, unexpected: true }))).toEqual(['']);
    },
  );

  it.each([
    ['SubmitForApproval', {}],
    ['ApproveDraft', {}],
    ['ApproveDraft', { comment: null }],
    ['ClearToSign', { comment: 'Đã rà soát pháp lý' }],
    ['FinaliseText', {}],
    ['FinaliseText', { textHash: 'a'.repeat(64) }],
    ['SignAgreement', SIGNATURE],
    ['SignAgreement', { ...SIGNATURE, scanAttachmentId: null }],
    ['RenewAgreement', { months: 24, comment: 'Gia hạn' }],
    ['RenewAgreement', {}],
    ['StartReview', {}],
    ['StartReview', { dueOn: '2026-10-02' }],
    ['RenewAgreement', { endsOn: '2031-12-31' }],
    ['TerminateAgreement', { reason: 'Истёк срок программы', terminatedOn: '2026-01-01' }],
    ['WithdrawAgreement', { reason: 'Chương trình đã được tổ chức theo kênh khác.' }],
    ['EditAgreementDetails', { type: null, partners: [] }],
  ] as const)('%s accepts %j', (type, payload) => {
    expect(agreementCommandSchemas[type].safeParse(payload).success).toBe(true);
  });

  it.each([
    ['ReturnDraftForChanges', {}, 'comment'],
    ['ReturnDraftForChanges', { comment: ' ' }, 'comment'],
    ['RefuseClearance', { comment: '' }, 'comment'],
    ['SuspendAgreement', {}, 'reason'],
    ['WithdrawAgreement', { reason: '\n' }, 'reason'],
    ['TerminateAgreement', { reason: 'End' }, 'terminatedOn'],
    ['FinaliseText', { textHash: 'has spaces' }, 'textHash'],
    ['FinaliseText', { textHash: 'sha256:favija-2024-final-text' }, 'textHash'],
    ['SignAgreement', { ...SIGNATURE, signedOn: 'soon' }, 'signedOn'],
    ['SignAgreement', { ...SIGNATURE, method: 'fax' }, 'method'],
    ['SignAgreement', { ...SIGNATURE, party: 'them' }, 'party'],
    ['RenewAgreement', { months: 0 }, 'months'],
    ['RenewAgreement', { months: 12, endsOn: '2031-12-31' }, 'endsOn'],
    ['EditAgreementDetails', { startsOn: '2026-02-01', endsOn: '2026-01-01' }, 'endsOn'],
    ['EditAgreementDetails', { title: {} }, 'title'],
  ] as const)('%s rejects %j on %s', (type, payload, field) => {
    expect(failures(agreementCommandSchemas[type].safeParse(payload))).toEqual([field]);
  });

  it('EditAgreementDetails rejects an edit that changes nothing', () => {
    expect(failures(agreementCommandSchemas.EditAgreementDetails.safeParse({}))).toEqual(['']);
  });

  it('names the rule in its messages', () => {
    const result = agreementCommandSchemas.ReturnDraftForChanges.safeParse({ comment: '' });
    expect(result.error?.issues[0]?.message).toBe('is required and must not be blank');
  });
});

describe('parseAgreementCommand', () => {
  it('puts the agreement id into a new draft', () => {
    expect(parseAgreementCommand('CreateDraftAgreement', { title: titles }, 'agreement-9')).toEqual(
      {
        type: 'CreateDraftAgreement',
        data: { agreementId: 'agreement-9', title: titles },
      },
    );
  });

  it('builds any other command from its payload alone', () => {
    expect(parseAgreementCommand('SuspendAgreement', { reason: 'Flood' }, 'agreement-9')).toEqual({
      type: 'SuspendAgreement',
      data: { reason: 'Flood' },
    });
  });

  it('throws the schema error for an invalid payload', () => {
    expect(() => parseAgreementCommand('SuspendAgreement', { reason: '' }, 'agreement-9')).toThrow(
      'is required and must not be blank',
    );
  });
});

describe('isAgreementCommandType', () => {
  it('knows the command types and nothing else', () => {
    expect(isAgreementCommandType('ApproveDraft')).toBe(true);
    expect(isAgreementCommandType('toString')).toBe(false);
    expect(isAgreementCommandType('approveDraft')).toBe(false);
  });
});
