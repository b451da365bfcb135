import type { LocalizedText, UiLanguage } from '../shared/localized-text.js';
import type { Page } from '../shared/page.js';
import type { NotificationChannel, NotificationKind } from './notification-kinds.js';

/** What the texts of a notification are filled in with; all optional, per kind. */
export interface NotificationParams {
  /** The agreement's (or commitment's) title in every language it has. */
  title?: LocalizedText;
  /**
   * The agreement's title languages in the order its drafter gave them: a text is shown in
   * the reader's language, else in the first of these it has (as the UI shows titles).
   * Absent on notifications stored before it was recorded.
   */
  titleLanguages?: string[];
  /** A date or moment the notification is about (a deadline, an expiry, a notice date). */
  dueAt?: string;
  /** 1-based step of an approval. */
  step?: number;
  /** How many days (before or after `dueAt`). */
  days?: number;
  /** Whose step an escalation stands in for. */
  forName?: string;
  /** The agreement a commitment belongs to (links go to its commitments). */
  agreementId?: string;
  /** The overdue occurrences a digest lists, oldest first. */
  items?: OverdueItem[];
}

/** One overdue occurrence in the daily digest. */
export interface OverdueItem {
  commitmentId: string;
  agreementId: string;
  title: LocalizedText;
  /** The agreement's title languages in its order (see NotificationParams.titleLanguages). */
  titleLanguages?: string[];
  dueOn: string;
}

/** A link the UI can route to: the item the notification is about. */
export interface NotificationSubject {
  /** `user`: the person a digest is about (the owner of the overdue commitments). */
  type: 'agreement' | 'commitment' | 'user';
  id: string;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<NotificationView> {
  unread: number;
}

export interface NotificationPreference {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

export interface NotificationPreferencesView {
  language: UiLanguage;
  preferences: NotificationPreference[];
  /** When the personal calendar link was made; null when there is none. */
  calendarTokenCreatedAt: string | null;
}

export type OutboxState = 'pending' | 'sent' | 'stored' | 'failed';

/** One mail as the outbox keeps it (the demo's mail, or a record of what SMTP was given). */
export interface OutboxMessageView {
  id: string;
  notificationId: string;
  to: string;
  language: UiLanguage;
  subject: string;
  body: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface CalendarTokenView {
  /** The secret feed URL, shown once: only its hash is kept. */
  url: string;
  createdAt: string;
}
