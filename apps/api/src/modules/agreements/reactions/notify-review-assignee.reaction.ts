import { Injectable } from '@nestjs/common';
import {
  type AgreementEvent,
  type ExistingAgreementState,
  titleLanguagesOf,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { Notifier } from '../../notifications/notify/notifier.js';

/**
 * Tells the person a renewal review was just assigned to, in the transaction that started
 * the review, whether a person started it or the clock did. The stream version of the
 * start is the occurrence, so each review is announced once and a later review again.
 */
@Injectable()
export class NotifyReviewAssignee {
  constructor(private readonly notifier: Notifier) {}

  async after(
    manager: EntityManager,
    events: readonly AgreementEvent[],
    state: ExistingAgreementState,
    version: number,
    now: string,
  ): Promise<void> {
    const started = events.find((event) => event.type === 'ReviewStarted');
    const assignee = started?.type === 'ReviewStarted' ? started.data.assignee : undefined;
    if (assignee === undefined || assignee === null) return;
    await this.notifier.notify(
      manager,
      {
        kind: 'agreement.review_assigned',
        subject: { type: 'agreement', id: state.id },
        occurrence: `version-${version}`,
        recipientIds: [assignee],
        params: {
          title: state.details.title,
          titleLanguages: titleLanguagesOf(state),
          dueAt: state.details.endsOn ?? state.reviewDueOn ?? now.slice(0, 10),
        },
      },
      new Date(now),
    );
  }
}
