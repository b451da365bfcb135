import type { DashboardCalendarView, DashboardView } from '@concordat/domain';

export const DASHBOARD: DashboardView = {
  commitments: {
    today: '2026-09-20',
    dueFrom: '2026-09-20',
    dueTo: '2026-10-20',
    dueSoon: 2,
    overdue: 3,
    byPartner: [
      { key: 'FAVIJA', label: 'FAVIJA', dueSoon: 1, overdue: 3 },
      { key: 'KSOC', label: 'KSOC', dueSoon: 1, overdue: 0 },
    ],
    byCountry: [{ key: 'JP', label: 'JP', dueSoon: 2, overdue: 3 }],
    byKind: [{ key: 'training', label: 'training', dueSoon: 2, overdue: 3 }],
    byOwner: [{ key: 'u-manager', label: 'Trần Thị Mai', dueSoon: 2, overdue: 3 }],
  },
  expiring: [
    { withinDays: 30, count: 1 },
    { withinDays: 90, count: 2 },
    { withinDays: 180, count: 3 },
  ],
  waiting: [
    { status: 'draft', step: 'awaiting_approval', count: 2 },
    { status: 'review', step: 'under_review', count: 1 },
  ],
};

export const NOTHING_DUE: DashboardView = {
  ...DASHBOARD,
  commitments: {
    ...DASHBOARD.commitments,
    dueSoon: 0,
    overdue: 0,
    byPartner: [],
    byCountry: [],
    byKind: [],
    byOwner: [],
  },
  waiting: [],
};

export function aCalendar(month: string): DashboardCalendarView {
  return {
    month,
    from: `${month}-01`,
    to: `${month}-28`,
    entries: [
      {
        type: 'occurrence',
        date: `${month}-01`,
        commitmentId: 'c-1',
        agreementId: 'a-1',
        title: { en: 'Delegation exchange', vi: 'Trao đổi đoàn' },
        kind: 'delegation_exchange',
        status: 'planned',
        overdue: false,
      },
      { type: 'review_due', date: `${month}-15`, agreementId: 'a-2', title: { en: 'FAVIJA MoU' } },
    ],
  };
}
