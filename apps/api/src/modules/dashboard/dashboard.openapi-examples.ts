import type { DashboardCalendarView, DashboardView } from '@concordat/domain';

/** Examples for the OpenAPI document only: the FAVIJA agreement's year. */

const OWNER_ID = '3f0c8a52-6f7e-4c1e-9d7a-2b1f0e5c9a11';
const AGREEMENT_ID = '9b2d5c1e-0f4a-4e8b-8c3d-7a6f5e4d3c2b';
const TITLE = { vi: 'Biên bản ghi nhớ hợp tác FAVIJA', ja: 'FAVIJA協力覚書' };

export const DASHBOARD_EXAMPLE: DashboardView = {
  commitments: {
    today: '2026-09-20',
    dueFrom: '2026-09-20',
    dueTo: '2026-10-20',
    dueSoon: 2,
    overdue: 1,
    byPartner: [{ key: 'FAVIJA', label: 'FAVIJA', dueSoon: 2, overdue: 1 }],
    byCountry: [{ key: 'JP', label: 'JP', dueSoon: 2, overdue: 1 }],
    byKind: [
      { key: 'event', label: 'event', dueSoon: 1, overdue: 1 },
      { key: 'delegation_exchange', label: 'delegation_exchange', dueSoon: 1, overdue: 0 },
    ],
    byOwner: [{ key: OWNER_ID, label: 'Nguyễn Thu Hà', dueSoon: 2, overdue: 1 }],
  },
  expiring: [
    { withinDays: 30, count: 0 },
    { withinDays: 90, count: 1 },
    { withinDays: 180, count: 1 },
  ],
  waiting: [
    { status: 'draft', step: 'awaiting_approval', count: 2 },
    { status: 'negotiation', step: 'in_round', count: 1 },
    { status: 'active', step: 'in_force', count: 4 },
  ],
};

export const DASHBOARD_CALENDAR_EXAMPLE: DashboardCalendarView = {
  month: '2026-10',
  from: '2026-10-01',
  to: '2026-10-31',
  entries: [
    {
      type: 'occurrence',
      date: '2026-10-01',
      commitmentId: 'c7d1e2f3-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      agreementId: AGREEMENT_ID,
      title: { vi: 'Trao đổi đoàn vận động viên hằng năm', en: 'Annual delegation exchange' },
      kind: 'delegation_exchange',
      status: 'planned',
      overdue: false,
    },
    { type: 'review_due', date: '2026-10-15', agreementId: AGREEMENT_ID, title: TITLE },
  ],
};
