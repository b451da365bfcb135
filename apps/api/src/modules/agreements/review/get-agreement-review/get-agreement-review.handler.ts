import {
  type AgreementReviewView,
  OPEN_OCCURRENCE_STATUSES,
  isOverdue,
  partnerScorecards,
  scorecard,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../../commitments/commitment-id.js';
import { partnersOf, scorecardRows } from '../../../commitments/queries/scorecard-rows.js';
import { agreementNotFound } from '../../queries/agreement-not-found.js';
import { GetAgreementReviewQuery } from './get-agreement-review.query.js';
import {
  openApprovals,
  openOccurrences,
  partnerAgreements,
  reviewedAgreement,
} from './review-rows.js';

/**
 * Gathers the review page from the read models: no stream is folded. The scorecards are
 * counted by the domain's functions from the same rows the commitment scorecards use, so
 * the review and the commitment pages cannot disagree.
 */
@QueryHandler(GetAgreementReviewQuery)
export class GetAgreementReviewHandler implements IQueryHandler<GetAgreementReviewQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId }: GetAgreementReviewQuery): Promise<AgreementReviewView> {
    const manager = this.dataSource.manager;
    const agreement = await reviewedAgreement(manager, agreementId);
    if (agreement === undefined) throw agreementNotFound(agreementId);
    const today = todayBy(this.clock);
    const names = [...new Set(agreement.partners.map((partner) => partner.name))];

    const own = await scorecardRows(manager, 'c.agreement_id = $1', [agreementId]);
    const related = await scorecardRows(
      manager,
      `EXISTS (SELECT 1 FROM jsonb_array_elements(a.partners) p WHERE p->>'name' = ANY($1))`,
      [names],
    );
    const others = await partnerAgreements(manager, agreementId, names);
    const occurrences = await openOccurrences(manager, agreementId, OPEN_OCCURRENCE_STATUSES);
    const approvals = await openApprovals(manager, agreementId);

    return {
      agreementId,
      asOf: today,
      status: agreement.status,
      step: agreement.step,
      partners: agreement.partners,
      expiresOn: agreement.ends_on,
      reviewDueOn: agreement.review_due_on,
      assignee:
        agreement.assignee_id === null
          ? null
          : {
              id: agreement.assignee_id,
              name: agreement.assignee_name ?? '',
              email: agreement.assignee_email ?? '',
              role: agreement.assignee_role ?? 'manager',
            },
      scorecard: scorecard(
        own.map((row) => ({ dueOn: row.due_on, status: row.status })),
        today,
      ),
      partnerScorecards: partnerScorecards(
        related.map((row) => ({
          dueOn: row.due_on,
          status: row.status,
          partners: partnersOf(row),
        })),
        today,
      ).filter((card) => names.includes(card.partner)),
      partnerAgreements: others.map((row) => ({
        id: row.id,
        title: row.title,
        titleLanguages: row.title_languages ?? Object.keys(row.title),
        status: row.status,
        step: row.step,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        sharedPartners: row.shared_partners,
      })),
      openItems: {
        occurrences: occurrences.map((row) => ({
          commitmentId: row.commitment_id,
          title: row.title,
          kind: row.kind,
          owedBy: row.owed_by,
          dueOn: row.due_on,
          status: row.status,
          overdue: isOverdue({ status: row.status, dueOn: row.due_on }, today),
          owner: { id: row.owner_id, name: row.owner_name },
        })),
        approvals: approvals.map((row) => ({
          purpose: row.purpose,
          currentStep: row.current_step,
          dueAt: row.due_at === null ? null : row.due_at.toISOString(),
        })),
        amendments: (agreement.amendments ?? [])
          .filter((amendment) => amendment.status === 'in_progress')
          .map(({ number, reason, proposedAt }) => ({ number, reason, proposedAt })),
      },
    };
  }
}
