/**
 * What a notification is about. Each kind is rendered by the web (locale namespace
 * `notifications`) and by the mail templates of the api from the same `params`, so a new
 * kind needs a line here, a template there and a translation: the compiler finds the
 * places through the `never` checks.
 */
export const NOTIFICATION_KINDS = [
  'approval.due_soon',
  'approval.overdue',
  'approval.escalated',
  'agreement.review_started',
  'agreement.renewal_notice_due',
  'agreement.review_assigned',
  'commitment.due_soon',
  'commitment.overdue_digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * Until a user says otherwise every kind shows in the app, and mail goes out for what
 * needs acting on by a date; "due soon" nudges stay in the app so the inbox is not noisy.
 */
export const DEFAULT_CHANNELS: Readonly<
  Record<NotificationKind, Record<NotificationChannel, boolean>>
> = {
  'approval.due_soon': { in_app: true, email: false },
  'approval.overdue': { in_app: true, email: true },
  'approval.escalated': { in_app: true, email: true },
  'agreement.review_started': { in_app: true, email: true },
  'agreement.renewal_notice_due': { in_app: true, email: true },
  'agreement.review_assigned': { in_app: true, email: true },
  // The owner must prepare a delegation or an event weeks ahead: that is worth a mail.
  'commitment.due_soon': { in_app: true, email: true },
  'commitment.overdue_digest': { in_app: true, email: true },
};
