import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import {
  AGREEMENT_TYPES,
  APPROVAL_PURPOSES,
  approvalPolicyInputSchema,
  bulkApproveSchema,
  createDelegationSchema,
  setObserversSchema,
} from '@concordat/domain';
import { idempotencyKeyHeader } from '../../platform/idempotency/idempotency-key.openapi.js';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';

/** OpenAPI descriptions of the approval routes, kept out of the controllers. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const ListApprovalPoliciesDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Every approval policy, per agreement type and purpose (saved or the default)',
      operationId: 'listApprovalPolicies',
    }),
    ApiResponse({ status: 200, description: 'One entry per type × purpose' }),
  );

export const SaveApprovalPolicyDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Replace the steps of one approval policy (admins only); recorded in the log',
      operationId: 'saveApprovalPolicy',
    }),
    ApiParam({ name: 'type', enum: AGREEMENT_TYPES }),
    ApiParam({ name: 'purpose', enum: APPROVAL_PURPOSES }),
    ApiBody({
      schema: openApiSchema(approvalPolicyInputSchema),
      examples: {
        twoSteps: {
          summary: 'Legal, then any two officials',
          value: {
            steps: [
              {
                approvers: { kind: 'role', role: 'legal' },
                rule: { kind: 'any', count: 1 },
                deadlineDays: 3,
              },
              {
                approvers: { kind: 'role', role: 'official' },
                rule: { kind: 'any', count: 2 },
                deadlineDays: 5,
              },
            ],
          },
        },
        clearanceByChangedClauses: {
          summary: 'Clearance: after a refusal, earlier approvals carry over if no clause changed',
          value: {
            steps: [
              {
                approvers: { kind: 'role', role: 'official' },
                rule: { kind: 'any', count: 1 },
                deadlineDays: 5,
              },
            ],
            reapproval: 'changed-clauses',
          },
        },
        reviewDecision: {
          summary:
            'Review: the decision a renewal review proposes needs two officials, one after the other',
          value: {
            steps: [
              {
                approvers: { kind: 'role', role: 'official' },
                rule: { kind: 'any', count: 1 },
                deadlineDays: 5,
              },
              {
                approvers: { kind: 'role', role: 'official' },
                rule: { kind: 'any', count: 1 },
                deadlineDays: 5,
              },
            ],
          },
        },
      },
    }),
    ApiResponse({ status: 200, description: 'The saved policy with its new revision' }),
    problem(400, 'Invalid steps, each field named in `errors`'),
    problem(403, 'Only admins edit policies'),
    problem(
      422,
      '`reapproval` on a draft policy (REAPPROVAL_NOT_APPLICABLE), or a named approver who does not exist (APPROVER_UNKNOWN) or whose role may not approve the step (APPROVER_NOT_PERMITTED), the field `steps.{i}.approvers.userIds.{j}`',
    ),
  );

export const DelegationDocs = {
  create: () =>
    applyDecorators(
      ApiOperation({
        summary: 'Name a substitute who decides on your behalf from `from` to `to`',
        operationId: 'grantDelegation',
      }),
      ApiBody({
        schema: openApiSchema(createDelegationSchema),
        examples: {
          holiday: {
            value: { substituteId: '6c1d…', from: '2026-12-01', to: '2026-12-14' },
          },
        },
      }),
      ApiResponse({ status: 201, description: 'The delegation' }),
      problem(400, 'Invalid fields, or a substitute who is no user or yourself'),
    ),
  list: () =>
    applyDecorators(
      ApiOperation({
        summary: 'Delegations you granted or received (admins: all)',
        operationId: 'listDelegations',
      }),
    ),
  revoke: () =>
    applyDecorators(
      ApiOperation({ summary: 'Revoke a delegation', operationId: 'revokeDelegation' }),
      problem(403, 'Only the delegator or an admin may revoke it'),
      problem(404, 'No such delegation'),
    ),
};

export const InboxDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The approval steps you may decide now, directly or as a substitute, overdue first',
      operationId: 'approvalsInbox',
      description:
        'Drafts, clearances to sign and review decisions (`purpose: review`, with the proposed `decision`: renew, expire or terminate); a review decision is never listed for its proposer.',
    }),
  );

export const BulkApproveDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Approve several agreements, each as its own command at its own version',
      operationId: 'bulkApprove',
    }),
    ApiBody({
      schema: openApiSchema(bulkApproveSchema),
      examples: {
        two: {
          value: {
            items: [
              { agreementId: '0b6f…', version: 2 },
              { agreementId: '9a1c…', version: 4 },
            ],
            comment: 'Phù hợp kế hoạch năm',
          },
        },
      },
    }),
    ApiResponse({
      status: 200,
      description:
        'One result per item: `{ok: true, version}` or `{ok: false, status, code, detail, currentVersion?}` (409 for a stale version). A replay (same Idempotency-Key and body) answers the first results again with `Idempotent-Replayed: true` and approves nothing.',
    }),
    idempotencyKeyHeader,
    problem(400, 'Invalid items or Idempotency-Key, each named in `errors`'),
    problem(422, 'The Idempotency-Key was used before with another body (IDEMPOTENCY_KEY_REUSED)'),
  );

export const AgreementApprovalDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The running (or last) approval of an agreement: steps, decisions, due dates',
      operationId: 'getAgreementApproval',
      description:
        'For a review decision, `proposal` holds what is being approved (the decision with its new end date, reason or comment) and who proposed it when.',
    }),
    problem(404, 'No such agreement'),
  );

export const SetObserversDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Name the observers of an agreement: they follow it but never decide',
      operationId: 'setObservers',
    }),
    ApiBody({
      schema: openApiSchema(setObserversSchema),
      examples: {
        two: {
          value: {
            userIds: [
              '5b2f1c7e-3a9d-4e61-8c0f-2d7b9a4e6c13',
              'c8e4a2d0-6f1b-4b7e-9d3a-0e5c7f9b1a24',
            ],
          },
        },
      },
    }),
    problem(400, 'An id that names no user'),
    problem(404, 'No such agreement'),
  );

export const PeopleDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The users one may name as approver, substitute or observer',
      operationId: 'listApprovalPeople',
    }),
  );
