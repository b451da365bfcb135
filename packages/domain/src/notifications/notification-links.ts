import type { NotificationParams, NotificationSubject } from './notification.views.js';

/**
 * Where a notification leads, as a path of the web app: the mail's link and the centre's
 * `open()` both use it, so they cannot disagree. A commitment opens its agreement at the
 * commitments panel (`#commitments`), naming the commitment (`?commitment=`) so the page
 * scrolls to it and highlights it; a digest opens the commitments list filtered to the
 * owner's overdue occurrences.
 */
export function notificationPath(subject: NotificationSubject, params: NotificationParams): string {
  switch (subject.type) {
    case 'agreement':
      return `/agreements/${subject.id}`;
    case 'commitment':
      return params.agreementId === undefined
        ? `/commitments`
        : `/agreements/${params.agreementId}?commitment=${encodeURIComponent(subject.id)}#commitments`;
    case 'user':
      return `/commitments?owner=${encodeURIComponent(subject.id)}&overdue=true`;
    default: {
      const unhandled: never = subject.type;
      throw new Error(`No link for subject ${String(unhandled)}`);
    }
  }
}
