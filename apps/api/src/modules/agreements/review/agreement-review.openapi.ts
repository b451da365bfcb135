import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import type { AgreementReviewView } from '@concordat/domain';

const counts = (fulfilled: number, missed: number) => ({
  planned: 0,
  inProgress: 0,
  fulfilled,
  partiallyFulfilled: 0,
  missed,
  waived: 0,
  overdue: 0,
  total: fulfilled + missed,
});

/** The FAVIJA MoU in review, for the docs only. */
const REVIEW_EXAMPLE: AgreementReviewView = {
  agreementId: '0b9f4c1e-5f3a-4d2a-9d8e-2c4b6a1f7e10',
  asOf: '2026-12-16',
  status: 'review',
  step: 'under_review',
  partners: [{ name: 'FAVIJA', country: 'JP' }],
  expiresOn: '2027-01-15',
  reviewDueOn: '2026-10-17',
  assignee: {
    id: '6a1d2c3b-0f4e-4b5a-8c9d-1e2f3a4b5c6d',
    name: 'Trần Thị Mai',
    email: 'mai@example.vn',
    role: 'manager',
  },
  scorecard: { periods: [{ period: '2025', ...counts(1, 0) }], totals: counts(1, 0) },
  partnerScorecards: [
    { partner: 'FAVIJA', periods: [{ period: '2025', ...counts(2, 1) }], totals: counts(2, 1) },
  ],
  partnerAgreements: [
    {
      id: '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9',
      title: { vi: 'Biên bản ghi nhớ 2019', ja: '2019年の覚書' },
      titleLanguages: ['vi', 'ja'],
      status: 'expired',
      step: 'closed',
      startsOn: '2019-01-01',
      endsOn: '2022-12-31',
      sharedPartners: ['FAVIJA'],
    },
  ],
  openItems: {
    occurrences: [
      {
        commitmentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        title: { vi: 'Giao hữu karate thường niên', ja: '空手親善大会' },
        kind: 'event',
        owedBy: 'both',
        dueOn: '2026-10-01',
        status: 'planned',
        overdue: true,
        owner: { id: '6a1d2c3b-0f4e-4b5a-8c9d-1e2f3a4b5c6d', name: 'Trần Thị Mai' },
      },
    ],
    approvals: [],
    amendments: [],
  },
};

export const GetAgreementReviewDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The renewal review of an agreement: its scorecard, partner history and open items',
      operationId: 'getAgreementReview',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description: 'AgreementReviewView',
      schema: { example: REVIEW_EXAMPLE },
    }),
    ApiResponse({ status: 404, description: 'No such agreement (application/problem+json)' }),
  );
