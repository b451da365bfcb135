import type { AgreementText, CreateDraftAgreementInput } from '@concordat/domain';
import {
  EXCHANGE_2027_PARTNER_TEXT,
  EXCHANGE_2027_TEXT,
  FAVIJA_PARTNER_TEXT,
  FAVIJA_TEXT,
  JUDO_TEXT,
  MENTAL_COACHING_TEXT,
} from './demo-texts.js';

/**
 * Demo agreements, written out from real news reports of sports MoUs with Japanese
 * partners (Vietnamese and Russian press), plus agreements of Vietnam's sports
 * administration at different stages of their life. Each is created and moved along by
 * dispatching real commands, so its history is a valid event stream.
 */
export interface DemoStep {
  command: string;
  data: Record<string, unknown>;
  actorEmail: string;
}

export interface DemoAgreement {
  input: CreateDraftAgreementInput;
  actorEmail: string;
  steps: DemoStep[];
}

const OFFICIAL = 'official@concordat.demo';
const LEGAL = 'legal@concordat.demo';
const MANAGER = 'manager@concordat.demo';

const approve: DemoStep[] = [
  { command: 'SubmitForApproval', data: {}, actorEmail: MANAGER },
  {
    command: 'ApproveDraft',
    data: { comment: 'Phù hợp với kế hoạch hợp tác quốc tế năm.' },
    actorEmail: OFFICIAL,
  },
];

/** Legal clears clauses, one ClauseReviewed event each. */
function clear(...clauseKeys: string[]): DemoStep[] {
  return clauseKeys.map((clauseKey) => ({
    command: 'ReviewClause',
    data: { clauseKey, status: 'cleared' },
    actorEmail: LEGAL,
  }));
}

function clearAll(text: AgreementText): DemoStep[] {
  return clear(...text.clauses.map((clause) => clause.key));
}

function writeText(text: AgreementText): DemoStep {
  return { command: 'EditAgreementText', data: { text }, actorEmail: MANAGER };
}

function partnerRound(text: AgreementText): DemoStep {
  return {
    command: 'OpenNegotiationRound',
    data: { proposedBy: 'partner', text },
    actorEmail: LEGAL,
  };
}

/** Negotiation through to clearance to sign; the api records the text's SHA-256. */
function finalise(...rounds: DemoStep[]): DemoStep[] {
  return [
    { command: 'StartNegotiation', data: {}, actorEmail: LEGAL },
    ...rounds,
    { command: 'FinaliseText', data: {}, actorEmail: LEGAL },
    { command: 'RequestClearanceToSign', data: {}, actorEmail: LEGAL },
    { command: 'ClearToSign', data: { comment: null }, actorEmail: OFFICIAL },
  ];
}

/**
 * One party's signature as the demo records it. The text hash is left out: it is only known
 * once the seed has finalised the text, so the seeder signs the hash the agreement holds.
 */
interface DemoSignature {
  party: string;
  signatoryName: string;
  signatoryTitle: string;
  signedOn: string;
  place: string;
  method: 'wet_ink' | 'electronic';
}

/**
 * Opens signing and records every party's signature on the finalised text; the last one
 * makes the agreement active. Signatory names in the demo are invented and their titles
 * generic ("representative"): they stand for no real office holder.
 */
function sign(signatures: DemoSignature[]): DemoStep[] {
  return [
    { command: 'OpenSigning', data: {}, actorEmail: OFFICIAL },
    ...signatures.map((signature) => ({
      command: 'SignAgreement',
      data: { ...signature },
      actorEmail: OFFICIAL,
    })),
  ];
}

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân Việt Nam và FAVIJA',
        ja: 'ベトナム人民公安スポーツ協会とFAVIJAとのスポーツ交流協力に関する覚書',
      },
      type: 'mou',
      summary: {
        vi: 'Trao đổi đoàn, hỗ trợ thủ tục hành chính cho các đoàn và chuyên gia; phát triển karatedo, jujitsu, điền kinh và bóng bàn; giao hữu bóng đá, bóng chuyền và karate hằng năm; tập huấn cho Đội bóng bàn Công an nhân dân tại Nhật Bản năm 2025; giới thiệu học bổng cho huấn luyện viên và vận động viên.',
        ja: '代表団の相互派遣と行政手続きの支援、空手道・柔術・陸上競技・卓球の振興、サッカー・バレーボール・空手の年次親善大会、2025年の日本での人民公安卓球チーム合宿、指導者と選手への奨学金の紹介。',
      },
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      ourCountry: 'VN',
      ourSignatory: { name: 'Trần Minh Quang', title: 'Đại diện Hiệp hội' },
      partners: [
        { name: 'FAVIJA', country: 'JP', signatory: { name: '田中 健一', title: '代表' } },
      ],
      responsibleUnit: 'Ban Hợp tác quốc tế',
      startsOn: '2024-03-15',
      endsOn: '2029-03-14',
      effectiveDateRule: { kind: 'on_last_signature' },
      termMonths: 60,
      renewalRule: { kind: 'by_decision' },
      reviewLeadDays: 90,
    },
    steps: [
      writeText(FAVIJA_TEXT),
      ...approve,
      ...finalise(
        ...clearAll(FAVIJA_TEXT),
        partnerRound(FAVIJA_PARTNER_TEXT),
        // Only the clause FAVIJA changed needs clearing again.
        ...clear('training-camps'),
      ),
      ...sign([
        {
          party: 'ours',
          signatoryName: 'Trần Minh Quang',
          signatoryTitle: 'Đại diện Hiệp hội',
          signedOn: '2024-03-15',
          place: 'Hà Nội',
          method: 'wet_ink',
        },
        {
          party: 'partner-1',
          signatoryName: '田中 健一',
          signatoryTitle: '代表',
          signedOn: '2024-03-15',
          place: 'Hà Nội',
          method: 'wet_ink',
        },
      ]),
    ],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        ru: 'Меморандум о взаимопонимании между Jenys Judo Club (Республика Казахстан) и JUDOs Nonprofit Organization (Япония)',
      },
      type: 'mou',
      summary: {
        ru: 'Развитие дзюдо, повышение качества подготовки тренеров, совместные образовательные и практические семинары, направление казахстанских спортсменов и тренеров в Японию для обучения и повышения квалификации.',
      },
      ourOrganisation: 'Jenys Judo Club',
      ourCountry: 'KZ',
      ourSignatory: { name: 'Ерлан Жаксылыков', title: 'Представитель клуба' },
      partners: [
        {
          name: 'JUDOs Nonprofit Organization',
          country: 'JP',
          signatory: { name: '鈴木 一郎', title: '代表' },
        },
      ],
      startsOn: '2025-12-18',
      endsOn: '2028-12-17',
      effectiveDateRule: { kind: 'on_last_signature' },
      termMonths: 36,
      renewalRule: { kind: 'automatic', months: 12, noticeDays: 90 },
      reviewLeadDays: 90,
    },
    steps: [
      writeText(JUDO_TEXT),
      ...approve,
      ...finalise(...clearAll(JUDO_TEXT)),
      ...sign([
        {
          party: 'ours',
          signatoryName: 'Ерлан Жаксылыков',
          signatoryTitle: 'Представитель клуба',
          signedOn: '2025-12-17',
          place: 'Алматы',
          method: 'electronic',
        },
        {
          party: 'partner-1',
          signatoryName: '鈴木 一郎',
          signatoryTitle: '代表',
          signedOn: '2025-12-18',
          place: '東京',
          method: 'electronic',
        },
      ]),
    ],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Thỏa thuận hợp tác nghiên cứu bình đẳng giới trong thể thao với Đại học Seijo',
        en: 'Research cooperation on gender equality in sport with Seijo University',
      },
      type: 'cooperation_agreement',
      summary: {
        vi: 'Đón đoàn Đại học Seijo sang nghiên cứu, thu thập thông tin và phỏng vấn các nhóm đối tượng về bình đẳng giới trong thể thao.',
      },
      ourOrganisation: 'Cục Thể dục Thể thao',
      partners: [{ name: 'Seijo University', country: 'JP' }],
    },
    steps: [],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Chương trình Hội thảo ASEAN – Nhật Bản về bình đẳng giới trong thể thao',
        ja: 'スポーツにおけるジェンダー平等に関するASEAN・日本セミナー計画',
      },
      type: 'programme',
      ourOrganisation: 'Cục Thể dục Thể thao',
      partners: [{ name: 'Japan Sports Agency', country: 'JP' }],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    },
    steps: [{ command: 'SubmitForApproval', data: {}, actorEmail: MANAGER }],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Thỏa thuận hợp tác thể thao với Sở Thể thao Quảng Tây',
        en: 'Sports cooperation agreement with the Guangxi Sports Bureau',
      },
      type: 'cooperation_agreement',
      ourOrganisation: 'Cục Thể dục Thể thao',
      partners: [{ name: 'Guangxi Sports Bureau', country: 'CN' }],
      startsOn: '2026-06-01',
      endsOn: '2031-05-31',
    },
    steps: [...approve, { command: 'StartNegotiation', data: {}, actorEmail: LEGAL }],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Chương trình Đào tạo Kỹ thuật Huấn luyện Tinh thần cho Huấn luyện viên các Đội tuyển Thể thao Quốc gia',
        en: 'Mental coaching techniques training for national team coaches',
      },
      type: 'programme',
      ourOrganisation: 'Cục Thể dục Thể thao',
      partners: [
        { name: 'Embassy of Belgium in Vietnam', country: 'BE' },
        { name: 'Vietnam Olympic Committee', country: 'VN' },
      ],
      startsOn: '2024-05-01',
      endsOn: '2026-12-31',
    },
    steps: [
      writeText(MENTAL_COACHING_TEXT),
      ...approve,
      ...finalise(...clearAll(MENTAL_COACHING_TEXT)),
      ...sign([
        {
          party: 'ours',
          signatoryName: 'Lê Thị Hoa',
          signatoryTitle: 'Đại diện Cục',
          signedOn: '2024-04-25',
          place: 'Hà Nội',
          method: 'wet_ink',
        },
        {
          party: 'partner-1',
          signatoryName: 'Marc Dubois',
          signatoryTitle: 'Representative',
          signedOn: '2024-04-26',
          place: 'Hà Nội',
          method: 'wet_ink',
        },
        {
          party: 'partner-2',
          signatoryName: 'Phạm Văn Hùng',
          signatoryTitle: 'Đại diện Ủy ban',
          signedOn: '2024-05-01',
          place: 'Hà Nội',
          method: 'wet_ink',
        },
      ]),
      { command: 'StartReview', data: { dueOn: '2026-10-02' }, actorEmail: OFFICIAL },
    ],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Giao lưu đoàn xe ô tô thể thao tự lái Bằng Tường, Quảng Tây',
      },
      type: 'programme',
      ourOrganisation: 'Cục Thể dục Thể thao',
      partners: [{ name: 'Bằng Tường Self-drive Sports Car Club', country: 'CN' }],
    },
    steps: [
      {
        command: 'WithdrawAgreement',
        data: { reason: 'Chương trình đã được tổ chức theo kênh khác.' },
        actorEmail: MANAGER,
      },
    ],
  },
  {
    actorEmail: MANAGER,
    input: {
      title: {
        vi: 'Chương trình giao lưu thể thao năm 2027 với FAVIJA',
        ja: 'FAVIJAとの2027年スポーツ交流計画',
      },
      type: 'programme',
      summary: {
        vi: 'Đoàn vận động viên bóng bàn và karate sang Nhật Bản; giải giao hữu bóng đá tại Hà Nội.',
        ja: '卓球及び空手の選手団の訪日、ハノイでのサッカー親善大会。',
      },
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      partners: [{ name: 'FAVIJA', country: 'JP' }],
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    },
    // In negotiation: FAVIJA's round 2 changed the delegation clause, which legal has not
    // cleared again, and the friendly match is flagged.
    steps: [
      writeText(EXCHANGE_2027_TEXT),
      ...approve,
      { command: 'StartNegotiation', data: {}, actorEmail: LEGAL },
      ...clearAll(EXCHANGE_2027_TEXT),
      partnerRound(EXCHANGE_2027_PARTNER_TEXT),
      {
        command: 'ReviewClause',
        data: {
          clauseKey: 'friendly-events',
          status: 'flagged',
          comment: 'Cần thống nhất bên chịu chi phí sân bãi và trọng tài.',
        },
        actorEmail: LEGAL,
      },
    ],
  },
];
