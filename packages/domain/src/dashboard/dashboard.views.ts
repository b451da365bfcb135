import type { AgreementStatus, AgreementStep } from '../agreements/agreement.status.js';
import type { CommitmentKind, OccurrenceStatus } from '../commitments/commitment.model.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { ExpiryWindow } from './dashboard.queries.js';

/** One bucket of a grouped count: `key` is what the list filter takes (partner name, country code, kind, owner id). */
export interface DashboardBucket {
  key: string;
  label: string;
  dueSoon: number;
  overdue: number;
}

export interface DashboardCommitments {
  /** Today by the server's clock, and the due-date range "due soon" covers. */
  today: string;
  dueFrom: string;
  dueTo: string;
  dueSoon: number;
  overdue: number;
  byPartner: DashboardBucket[];
  byCountry: DashboardBucket[];
  byKind: DashboardBucket[];
  byOwner: DashboardBucket[];
}

export interface DashboardExpiry {
  withinDays: ExpiryWindow;
  count: number;
}

export interface DashboardWaiting {
  status: AgreementStatus;
  step: AgreementStep;
  count: number;
}

/** `GET /api/dashboard`. */
export interface DashboardView {
  commitments: DashboardCommitments;
  expiring: DashboardExpiry[];
  waiting: DashboardWaiting[];
}

export type DashboardCalendarEntry =
  | {
      type: 'occurrence';
      date: string;
      commitmentId: string;
      agreementId: string;
      title: LocalizedText;
      kind: CommitmentKind;
      status: OccurrenceStatus;
      overdue: boolean;
    }
  | {
      type: 'review_due' | 'expires';
      date: string;
      agreementId: string;
      title: LocalizedText;
    };

/** `GET /api/dashboard/calendar?month=YYYY-MM`: the month's dated items, by date. */
export interface DashboardCalendarView {
  month: string;
  from: string;
  to: string;
  entries: DashboardCalendarEntry[];
}
