import type { CommitmentAction, PlanCommitmentInput } from '@concordat/domain';

/**
 * Demo commitments, drawn from the same news reports as the demo agreements: the FAVIJA
 * MoU (delegation exchanges, a table-tennis training camp in Japan in 2025, scholarships,
 * an annual friendly tournament), the judo MoU's coaches' seminars and trips to Japan, and
 * the mental-coaching programme's seminars in Hà Nội and Hồ Chí Minh City. Some
 * occurrences are fulfilled (with evidence), one partially, one missed, one waived; the
 * open ones in the past show as overdue. Each goes through the same commands as the api.
 */
export interface DemoCommitment {
  /** The start of the agreement's first title, to find it among the demo agreements. */
  agreementTitle: string;
  input: Omit<PlanCommitmentInput, 'ownerId'>;
  ownerEmail: string;
  steps: Array<{ action: CommitmentAction; data: Record<string, unknown> }>;
}

const MANAGER = 'manager@concordat.demo';
const FAVIJA_MOU = 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân';
const JUDO_MOU = 'Меморандум о взаимопонимании между Jenys Judo Club';
const MENTAL_COACHING = 'Chương trình Đào tạo Kỹ thuật Huấn luyện Tinh thần';

export const DEMO_COMMITMENTS: DemoCommitment[] = [
  {
    agreementTitle: FAVIJA_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Trao đổi đoàn vận động viên, huấn luyện viên hằng năm',
        ja: '選手・指導者の代表団の年次交流',
        en: 'Annual exchange of delegations',
      },
      kind: 'delegation_exchange',
      owedBy: 'both',
      clause: 2,
      quantity: { amount: 20, unit: 'người' },
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15' },
      notes: {
        vi: 'Hai bên hỗ trợ thủ tục hành chính cần thiết cho các đoàn và chuyên gia.',
      },
    },
    steps: [
      { action: 'fulfil', data: { periodKey: '2024-09-15', note: 'Đoàn 20 người sang Tokyo' } },
      {
        action: 'add-evidence',
        data: { periodKey: '2024-09-15', note: 'Danh sách đoàn và lịch làm việc đã lưu hồ sơ' },
      },
      { action: 'start', data: { periodKey: '2025-09-15', note: 'Đã gửi thư mời' } },
      { action: 'fulfil', data: { periodKey: '2025-09-15' } },
    ],
  },
  {
    agreementTitle: FAVIJA_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Tập huấn cho Đội bóng bàn Công an nhân dân tại Nhật Bản năm 2025',
        ja: '2025年 人民公安卓球チームの日本合宿',
        en: 'Table-tennis training camp in Japan, 2025',
      },
      kind: 'training',
      owedBy: 'partner',
      partner: 'FAVIJA',
      clause: 3,
      quantity: { amount: 12, unit: 'vận động viên' },
      schedule: { kind: 'once', dueOn: '2025-11-30' },
    },
    steps: [
      {
        action: 'start',
        data: { periodKey: '2025-11-30', note: 'FAVIJA giới thiệu đơn vị tổ chức tập huấn' },
      },
    ],
  },
  {
    agreementTitle: FAVIJA_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Giới thiệu học bổng cho huấn luyện viên, vận động viên',
        ja: '指導者・選手への奨学金の紹介',
        en: 'Scholarships for coaches and athletes',
      },
      kind: 'scholarship',
      owedBy: 'partner',
      partner: 'FAVIJA',
      clause: 4,
      quantity: { amount: 5, unit: 'suất học bổng' },
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1' },
    },
    steps: [
      { action: 'fulfil', data: { periodKey: '2024-04-01' } },
      {
        action: 'fulfil-partially',
        data: { periodKey: '2025-04-01', quantityDone: 3, note: 'Hai suất chuyển sang năm sau' },
      },
      {
        action: 'miss',
        data: { periodKey: '2026-04-01', reason: 'Không nhận được thông báo học bổng' },
      },
    ],
  },
  {
    agreementTitle: FAVIJA_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Giải giao hữu bóng đá, bóng chuyền và karate hằng năm',
        ja: 'サッカー・バレーボール・空手の年次親善大会',
        en: 'Annual friendly football, volleyball and karate tournament',
      },
      kind: 'event',
      owedBy: 'both',
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5' },
    },
    steps: [
      { action: 'fulfil', data: { periodKey: '2024-12-05', note: 'Tổ chức tại Hà Nội' } },
      { action: 'fulfil', data: { periodKey: '2025-12-05', note: '東京で開催' } },
      {
        action: 'add-evidence',
        data: { periodKey: '2025-12-05', note: 'Ảnh và biên bản trao giải' },
      },
    ],
  },
  {
    agreementTitle: JUDO_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        ru: 'Совместные образовательные и практические семинары для тренеров',
        ja: '指導者向け合同講習会',
        en: "Joint coaches' seminars",
      },
      kind: 'seminar',
      owedBy: 'both',
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=5,10;BYMONTHDAY=20' },
    },
    steps: [
      { action: 'fulfil', data: { periodKey: '2026-05-20', note: 'Семинар в Алматы' } },
      {
        action: 'waive',
        data: { periodKey: '2026-10-20', reason: 'Перенесено по просьбе японской стороны' },
      },
    ],
  },
  {
    agreementTitle: JUDO_MOU,
    ownerEmail: MANAGER,
    input: {
      title: {
        ru: 'Направление спортсменов и тренеров в Японию на обучение',
        ja: '選手・指導者の日本派遣研修',
      },
      kind: 'training',
      owedBy: 'partner',
      partner: 'JUDOs Nonprofit Organization',
      quantity: { amount: 10, unit: 'человек' },
      schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1' },
    },
    steps: [{ action: 'fulfil', data: { periodKey: '2026-07-01', note: 'Кодокан, Токио' } }],
  },
  {
    agreementTitle: MENTAL_COACHING,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Khóa đào tạo huấn luyện tinh thần tại Hà Nội và TP. Hồ Chí Minh',
        en: 'Mental coaching seminars in Hà Nội and Hồ Chí Minh City',
      },
      kind: 'seminar',
      owedBy: 'both',
      schedule: { kind: 'once', dueOn: '2024-05-11' },
    },
    steps: [{ action: 'fulfil', data: { periodKey: '2024-05-11', note: 'Ngày 8 và 11/5' } }],
  },
  {
    agreementTitle: MENTAL_COACHING,
    ownerEmail: MANAGER,
    input: {
      title: {
        vi: 'Báo cáo kết quả chương trình',
        en: 'Programme outcome report',
      },
      kind: 'report',
      owedBy: 'us',
      schedule: { kind: 'once', dueOn: '2026-12-15' },
    },
    steps: [],
  },
];
