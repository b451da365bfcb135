import { parseAgreementEvent } from '../agreement.event-schemas.js';

/** Stored payloads from before and after per-party signing must both read back. */
describe('stored payloads of signing and particulars', () => {
  it('reads a drafted event stored before the particulars existed', () => {
    const event = parseAgreementEvent('AgreementDrafted', {
      agreementId: 'a-1',
      createdBy: 'u-1',
      title: { vi: 'Biên bản ghi nhớ' },
      type: 'mou',
      summary: null,
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      partners: [{ name: 'FAVIJA', country: 'JP' }],
      startsOn: null,
      endsOn: null,
    });
    expect(event.type).toBe('AgreementDrafted');
  });

  it('reads a drafted event with particulars and a partner signatory', () => {
    const data = {
      agreementId: 'a-1',
      createdBy: 'u-1',
      title: { ja: '覚書' },
      type: 'mou',
      summary: null,
      ourOrganisation: 'Jenys Judo Club',
      partners: [{ name: 'JUDOs', country: 'JP', signatory: { name: '鈴木 一郎', title: '代表' } }],
      startsOn: null,
      endsOn: null,
      responsibleUnit: null,
      ourCountry: 'KZ',
      ourSignatory: { name: 'Ерлан Жаксылыков', title: 'Представитель клуба' },
      effectiveDateRule: { kind: 'fixed', date: '2026-01-01' },
      termMonths: 36,
      renewalRule: { kind: 'automatic', months: 12, noticeDays: 90 },
      reviewLeadDays: 90,
    };
    expect(parseAgreementEvent('AgreementDrafted', data).data).toEqual(data);
  });

  it('reads AgreementSigned with only effectiveOn, as stored before signing computed dates', () => {
    expect(parseAgreementEvent('AgreementSigned', { effectiveOn: '2024-03-15' }).data).toEqual({
      effectiveOn: '2024-03-15',
    });
  });

  it('refuses a signature record whose scan hash is not a SHA-256', () => {
    expect(() =>
      parseAgreementEvent('SignatureRecorded', {
        party: 'ours',
        organisation: 'X',
        signatoryName: 'Y',
        signatoryTitle: 'Z',
        signedOn: '2024-03-15',
        place: 'Hà Nội',
        method: 'wet_ink',
        textHash: 'sha256:x',
        scanAttachmentId: 'a',
        scanSha256: 'not-a-hash',
      }),
    ).toThrow();
  });
});
