import type {
  CommitmentDetailView,
  CommitmentOccurrenceRow,
  OccurrenceView,
  UserRef,
} from '@concordat/domain';

export const managerRef: UserRef = {
  id: 'u-manager',
  name: 'Trần Thị Mai',
  email: 'manager@concordat.demo',
  role: 'manager',
};

const AGREEMENT = {
  id: 'a-1',
  // As the api answers it: jsonb sorted the keys, titleLanguages keeps the order given.
  title: { ja: 'スポーツ協力に関する覚書', vi: 'Biên bản ghi nhớ hợp tác thể thao' },
  titleLanguages: ['vi', 'ja'],
  status: 'active',
  partners: [{ name: 'FAVIJA', country: 'JP' }],
};

export function anOccurrence(overrides: Partial<OccurrenceView> = {}): OccurrenceView {
  return {
    periodKey: '2025-11-30',
    dueOn: '2025-11-30',
    status: 'planned',
    overdue: false,
    quantityDone: null,
    note: null,
    reason: null,
    updatedAt: null,
    evidence: [],
    allowedActions: ['start', 'fulfil', 'fulfil-partially', 'miss', 'waive', 'add-evidence'],
    ...overrides,
  };
}

/** The FAVIJA training camp in Japan, 2025, as the api answers it. */
export function aCommitment(overrides: Partial<CommitmentDetailView> = {}): CommitmentDetailView {
  return {
    id: 'c-1',
    agreement: AGREEMENT,
    title: { vi: 'Tập huấn bóng bàn tại Nhật Bản 2025', en: 'Table-tennis training camp in Japan' },
    kind: 'training',
    owedBy: 'partner',
    partner: 'FAVIJA',
    clause: 3,
    owner: managerRef,
    quantity: { amount: 12, unit: 'athletes' },
    schedule: { kind: 'once', dueOn: '2025-11-30' },
    notes: null,
    status: 'open',
    cancelReason: null,
    version: 2,
    nextDueOn: '2025-11-30',
    overdueCount: 1,
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-12T08:00:00.000Z',
    allowedActions: ['edit', 'cancel'],
    occurrences: [anOccurrence({ overdue: true })],
    ...overrides,
  };
}

export function anOccurrenceRow(
  overrides: Partial<CommitmentOccurrenceRow> = {},
): CommitmentOccurrenceRow {
  const commitment = aCommitment();
  return {
    commitmentId: commitment.id,
    commitmentVersion: commitment.version,
    agreement: commitment.agreement,
    title: commitment.title,
    kind: commitment.kind,
    owedBy: commitment.owedBy,
    partner: commitment.partner,
    owner: commitment.owner,
    quantity: commitment.quantity,
    commitmentStatus: 'open',
    periodKey: '2025-11-30',
    dueOn: '2025-11-30',
    status: 'planned',
    overdue: true,
    quantityDone: null,
    evidenceCount: 0,
    ...overrides,
  };
}

export const SCORECARD = {
  agreementId: 'a-1',
  asOf: '2026-11-23',
  periods: [
    {
      period: '2025',
      planned: 0,
      inProgress: 0,
      fulfilled: 2,
      partiallyFulfilled: 1,
      missed: 0,
      waived: 0,
      overdue: 1,
      total: 4,
    },
  ],
  totals: {
    planned: 0,
    inProgress: 0,
    fulfilled: 2,
    partiallyFulfilled: 1,
    missed: 0,
    waived: 0,
    overdue: 1,
    total: 4,
  },
};
