import type { NotificationKind, NotificationParams, NotificationSubject } from '@concordat/domain';

/**
 * One reminder or notice to one or more people. `occurrence` names which instance of the
 * thing it is about (the approval step as it started, the term that expires, a commitment's
 * period): together with the kind, subject and recipient it is the dedupe key, so asking
 * twice for the same moment notifies once.
 */
export interface NotificationRequest {
  kind: NotificationKind;
  subject: NotificationSubject;
  occurrence: string;
  recipientIds: readonly string[];
  params: NotificationParams;
}

/** The key the unique constraint on `notifications.dedupe_key` holds to one row. */
export function dedupeKey(request: NotificationRequest, recipientId: string): string {
  return [
    request.kind,
    `${request.subject.type}:${request.subject.id}`,
    request.occurrence,
    recipientId,
  ].join('|');
}
