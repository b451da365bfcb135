import type { AgreementDetailView, TextVersionView } from '@concordat/domain';

const TEXT_HASH = '5d0c1f7b9e3a4c2d8f6b0a1e7c3d9b5f2a4e6c8d0b1f3a5c7e9d2b4f6a8c0e1d';

const LEGAL = {
  id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  name: 'Trần Minh Đức',
  email: 'legal@concordat.demo',
  role: 'legal' as const,
};

/** The text in force: the one both parties signed. */
const CURRENT_TEXT: TextVersionView = {
  round: 2,
  proposedBy: 'partner',
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'delegations',
      number: 1,
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi một đoàn vận động viên mỗi năm.',
        ja: '両者は毎年、選手団を相互に派遣する。',
      },
      review: {
        status: 'cleared',
        round: 2,
        comment: null,
        wording: null,
        reviewedBy: LEGAL,
        reviewedAt: '2024-03-01T09:30:00.000Z',
      },
    },
  ],
  textHash: TEXT_HASH,
  finalisedHash: TEXT_HASH,
  recordedAt: '2024-02-20T08:00:00.000Z',
  recordedBy: LEGAL,
};

/**
 * `GET /api/agreements/{id}` for the FAVIJA MoU once both parties signed: the particulars,
 * each party with its signature and the dates signing computed. Docs only.
 */
export const AGREEMENT_DETAIL_EXAMPLE: AgreementDetailView = {
  id: '3f9a6c1e-2b7d-4e8f-9a1b-5c6d7e8f9a0b',
  title: {
    vi: 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân Việt Nam và FAVIJA',
    ja: 'ベトナム人民公安スポーツ協会とFAVIJAとのスポーツ交流協力に関する覚書',
  },
  titleLanguages: ['vi', 'ja'],
  status: 'active',
  step: 'in_force',
  amendmentInProgress: null,
  type: 'mou',
  summary: null,
  ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
  partners: [{ name: 'FAVIJA', country: 'JP', signatory: { name: '田中 健一', title: '代表' } }],
  startsOn: '2024-03-15',
  endsOn: '2029-03-15',
  version: 11,
  createdAt: '2024-01-10T02:00:00.000Z',
  updatedAt: '2024-03-15T04:30:00.000Z',
  createdBy: {
    id: '6d2f1c3a-4b5e-4f60-8a71-92b3c4d5e6f7',
    name: 'Ольга Смирнова',
    email: 'manager@concordat.demo',
    role: 'manager',
  },
  particulars: {
    responsibleUnit: 'Ban Hợp tác quốc tế',
    ourCountry: 'VN',
    ourSignatory: { name: 'Trần Minh Quang', title: 'Đại diện Hiệp hội' },
    effectiveDateRule: { kind: 'on_last_signature' },
    termMonths: 60,
    renewalRule: { kind: 'by_decision' },
    reviewLeadDays: 90,
    parties: [
      {
        key: 'ours',
        organisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
        country: 'VN',
        signatory: { name: 'Trần Minh Quang', title: 'Đại diện Hiệp hội' },
        signature: {
          party: 'ours',
          organisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
          signatoryName: 'Trần Minh Quang',
          signatoryTitle: 'Đại diện Hiệp hội',
          signedOn: '2024-03-15',
          place: 'Hà Nội',
          method: 'wet_ink',
          textHash: TEXT_HASH,
          scanAttachmentId: null,
          scanSha256: null,
        },
      },
      {
        key: 'partner-1',
        organisation: 'FAVIJA',
        country: 'JP',
        signatory: { name: '田中 健一', title: '代表' },
        signature: {
          party: 'partner-1',
          organisation: 'FAVIJA',
          signatoryName: '田中 健一',
          signatoryTitle: '代表',
          signedOn: '2024-03-15',
          place: 'Hà Nội',
          method: 'wet_ink',
          textHash: TEXT_HASH,
          scanAttachmentId: '0b9f3c52-5d1e-4c59-9d55-3f3c0c6f7a11',
          scanSha256: '9f2c4e8a0d1b3c5e7f9a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcd',
        },
      },
    ],
    textHash: TEXT_HASH,
    effectiveOn: '2024-03-15',
    expiresOn: '2029-03-15',
    reviewDueOn: '2028-12-15',
    attachments: [
      {
        attachmentId: '0b9f3c52-5d1e-4c59-9d55-3f3c0c6f7a11',
        name: 'Biên bản ký kết FAVIJA.pdf',
        mediaType: 'application/pdf',
        size: 183422,
        sha256: '9f2c4e8a0d1b3c5e7f9a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcd',
      },
    ],
  },
  text: {
    current: CURRENT_TEXT,
    versions: [
      {
        round: 1,
        proposedBy: 'ours',
        textHash: '0a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcdef',
        finalisedHash: null,
        recordedAt: '2024-02-01T08:00:00.000Z',
        recordedBy: LEGAL,
        clauseCount: 1,
      },
      {
        round: 2,
        proposedBy: 'partner',
        textHash: TEXT_HASH,
        finalisedHash: TEXT_HASH,
        recordedAt: '2024-02-20T08:00:00.000Z',
        recordedBy: LEGAL,
        clauseCount: 1,
      },
    ],
  },
  allowedActions: ['suspend', 'start-review', 'terminate', 'propose-amendment'],
  // No amendment yet; see docs/amendments.md for an amended agreement.
  amendments: [],
  textInForce: CURRENT_TEXT,
};
