/** Examples for the OpenAPI document only: the FAVIJA delegation exchange. */

export const PLAN_COMMITMENT_EXAMPLE = {
  title: {
    vi: 'Trao đổi đoàn vận động viên hằng năm',
    ja: '毎年の選手団交流',
    en: 'Annual delegation exchange',
  },
  kind: 'delegation_exchange',
  owedBy: 'both',
  clause: 2,
  ownerId: '3f0c8a52-6f7e-4c1e-9d7a-2b1f0e5c9a11',
  quantity: { amount: 20, unit: 'athletes' },
  schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1' },
};

const OWNER = {
  id: '3f0c8a52-6f7e-4c1e-9d7a-2b1f0e5c9a11',
  name: 'Nguyễn Thu Hà',
  email: 'manager@concordat.example',
  role: 'manager',
};

const AGREEMENT = {
  id: '9b2d5c1e-0f4a-4e8b-8c3d-7a6f5e4d3c2b',
  title: { vi: 'Biên bản ghi nhớ hợp tác FAVIJA', ja: 'FAVIJA協力覚書' },
  status: 'active',
  partners: [{ name: 'FAVIJA', country: 'JP' }],
};

export const COMMITMENT_DETAIL_EXAMPLE = {
  id: 'c0a8e3f2-1d4b-4a6c-9e8f-5b7d3c1a2e4f',
  agreement: AGREEMENT,
  ...PLAN_COMMITMENT_EXAMPLE,
  partner: null,
  owner: OWNER,
  notes: null,
  schedule: {
    kind: 'recurring',
    rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
    startsOn: '2024-04-01',
    endsOn: '2029-03-31',
  },
  status: 'open',
  cancelReason: null,
  version: 3,
  nextDueOn: '2025-10-01',
  overdueCount: 0,
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-12T08:00:00.000Z',
  allowedActions: ['edit', 'cancel'],
  occurrences: [
    {
      periodKey: '2024-10-01',
      dueOn: '2024-10-01',
      status: 'fulfilled',
      overdue: false,
      quantityDone: 20,
      note: null,
      reason: null,
      updatedAt: '2026-01-12T08:00:00.000Z',
      evidence: [
        {
          id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
          periodKey: '2024-10-01',
          note: 'Danh sách đoàn',
          file: {
            name: 'danh-sach.pdf',
            mediaType: 'application/pdf',
            size: 18234,
            sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
            downloadUrl:
              '/api/commitments/c0a8e3f2-1d4b-4a6c-9e8f-5b7d3c1a2e4f/evidence/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
          },
          addedAt: '2026-01-12T08:00:00.000Z',
          addedBy: OWNER,
        },
      ],
      allowedActions: ['add-evidence'],
    },
    {
      periodKey: '2025-10-01',
      dueOn: '2025-10-01',
      status: 'planned',
      overdue: true,
      quantityDone: null,
      note: null,
      reason: null,
      updatedAt: null,
      evidence: [],
      allowedActions: ['start', 'fulfil', 'fulfil-partially', 'miss', 'waive', 'add-evidence'],
    },
  ],
};

export const OCCURRENCE_ROW_EXAMPLE = {
  commitmentId: COMMITMENT_DETAIL_EXAMPLE.id,
  commitmentVersion: 3,
  agreement: AGREEMENT,
  title: PLAN_COMMITMENT_EXAMPLE.title,
  kind: 'delegation_exchange',
  owedBy: 'both',
  partner: null,
  owner: OWNER,
  quantity: { amount: 20, unit: 'athletes' },
  commitmentStatus: 'open',
  periodKey: '2025-10-01',
  dueOn: '2025-10-01',
  status: 'planned',
  overdue: true,
  quantityDone: null,
  evidenceCount: 0,
};

export const SCORECARD_EXAMPLE = {
  agreementId: AGREEMENT.id,
  asOf: '2026-11-23',
  periods: [
    {
      period: '2025',
      planned: 0,
      inProgress: 0,
      fulfilled: 3,
      partiallyFulfilled: 1,
      missed: 1,
      waived: 0,
      overdue: 1,
      total: 6,
    },
  ],
  totals: {
    planned: 0,
    inProgress: 0,
    fulfilled: 3,
    partiallyFulfilled: 1,
    missed: 1,
    waived: 0,
    overdue: 1,
    total: 6,
  },
};

export const COMMITMENT_ACTION_EXAMPLES = {
  edit: { value: { quantity: { amount: 25, unit: 'athletes' } } },
  start: { value: { periodKey: '2025-10-01', note: 'Visas requested' } },
  fulfil: { value: { periodKey: '2025-10-01' } },
  'fulfil-partially': { value: { periodKey: '2025-10-01', quantityDone: 15 } },
  miss: { value: { periodKey: '2025-10-01', reason: 'Flights cancelled' } },
  waive: { value: { periodKey: '2025-10-01', reason: 'Partner asked to skip this year' } },
  'add-evidence': { value: { periodKey: '2025-10-01', note: 'Ảnh chụp buổi lễ' } },
  cancel: { value: { reason: 'Replaced by the 2026 programme' } },
};
