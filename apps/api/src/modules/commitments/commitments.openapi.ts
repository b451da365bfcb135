import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
} from '@nestjs/swagger';
import {
  COMMITMENT_ACTIONS,
  COMMITMENT_ACTION_NAMES,
  COMMITMENT_KINDS,
  COMMITMENT_SORT_FIELDS,
  OCCURRENCE_STATUSES,
  planCommitmentSchema,
} from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';
import {
  COMMITMENT_ACTION_EXAMPLES,
  COMMITMENT_DETAIL_EXAMPLE,
  OCCURRENCE_ROW_EXAMPLE,
  PLAN_COMMITMENT_EXAMPLE,
  SCORECARD_EXAMPLE,
} from './commitments.openapi-examples.js';

/** OpenAPI descriptions of the commitment routes, kept out of the controllers. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const idempotencyKeyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description:
    'Any unique string. A repeat with the same key and body answers the first response again (header Idempotent-Replayed: true) and records nothing; the same key with another body is a 422.',
});

const ifMatchHeader = ApiHeader({
  name: 'If-Match',
  required: true,
  description: 'The ETag of GET /api/commitments/{id} (its version), e.g. "3". Stale → 409.',
});

export const PlanCommitmentDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Plan a commitment of an agreement', operationId: 'planCommitment' }),
    ApiParam({ name: 'id', format: 'uuid', description: 'The agreement' }),
    ApiBody({
      schema: openApiSchema(planCommitmentSchema),
      examples: { favijaCamp: { value: PLAN_COMMITMENT_EXAMPLE } },
    }),
    idempotencyKeyHeader,
    ApiResponse({
      status: 201,
      description: 'CommitmentDetailView; ETag holds its version, Location its URL',
      schema: { example: COMMITMENT_DETAIL_EXAMPLE },
    }),
    problem(
      400,
      'Invalid fields, each named in `errors` (an invalid RRULE names `schedule.rrule`)',
    ),
    problem(403, 'Only managers and admins plan commitments (ROLE_NOT_PERMITTED)'),
    problem(404, 'No such agreement'),
    problem(409, 'The agreement is closed (AGREEMENT_CLOSED)'),
    problem(
      422,
      'A rule: UNKNOWN_PARTNER, SCHEDULE_UNBOUNDED, SCHEDULE_EMPTY, REQUIRED_FIELD_MISSING',
    ),
  );

export const ListAgreementCommitmentsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "An agreement's commitments",
      operationId: 'listAgreementCommitments',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description: 'CommitmentView[] (nextDueOn, overdueCount as of today)',
    }),
    problem(404, 'No such agreement'),
  );

export const AgreementScorecardDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "Scorecard of an agreement's commitments by year",
      operationId: 'getAgreementScorecard',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description: 'AgreementScorecardView',
      schema: { example: SCORECARD_EXAMPLE },
    }),
    problem(404, 'No such agreement'),
  );

export const PartnerScorecardsDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Scorecard per partner', operationId: 'getPartnerScorecards' }),
    ApiQuery({ name: 'partner', required: false, description: 'Part of a partner name' }),
    ApiResponse({ status: 200, description: '{ asOf, partners: PartnerScorecard[] }' }),
  );

export const ListCommitmentsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Occurrences of commitments across agreements: filter, sort, page, export',
      operationId: 'listCommitments',
    }),
    ApiQuery({ name: 'agreement', required: false, description: 'Agreement id' }),
    ApiQuery({ name: 'partner', required: false, description: 'Part of a partner name' }),
    ApiQuery({ name: 'country', required: false, description: 'ISO 3166-1 alpha-2' }),
    ApiQuery({ name: 'kind', required: false, enum: COMMITMENT_KINDS }),
    ApiQuery({ name: 'owner', required: false, description: 'User id of the owner' }),
    ApiQuery({ name: 'status', required: false, enum: OCCURRENCE_STATUSES }),
    ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] }),
    ApiQuery({
      name: 'open',
      required: false,
      enum: ['true', 'false'],
      description: 'Only occurrences still to do (planned or in progress), or only settled ones',
    }),
    ApiQuery({ name: 'dueFrom', required: false, example: '2025-01-01' }),
    ApiQuery({ name: 'dueTo', required: false, example: '2025-12-31' }),
    ApiQuery({ name: 'includeCancelled', required: false, enum: ['true', 'false'] }),
    ApiQuery({ name: 'sort', required: false, enum: COMMITMENT_SORT_FIELDS }),
    ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] }),
    ApiQuery({ name: 'page', required: false, type: Number }),
    ApiQuery({ name: 'pageSize', required: false, type: Number }),
    ApiQuery({
      name: 'format',
      required: false,
      enum: ['json', 'csv'],
      description: 'csv: every matching row (no paging) as RFC 4180 UTF-8 CSV with a BOM',
    }),
    ApiResponse({
      status: 200,
      description: 'Page<CommitmentOccurrenceRow>, or text/csv',
      schema: { example: { items: [OCCURRENCE_ROW_EXAMPLE], total: 1, page: 1, pageSize: 20 } },
    }),
    problem(400, 'Invalid query parameters'),
  );

export const GetCommitmentDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'One commitment with its occurrences', operationId: 'getCommitment' }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description:
        "CommitmentDetailView; ETag holds its version. `allowedActions` (commitment) and each occurrence's `allowedActions` are what the caller may run now.",
      schema: { example: COMMITMENT_DETAIL_EXAMPLE },
    }),
    problem(404, 'No such commitment'),
  );

export const RunCommitmentActionDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: `Run a commitment command: ${COMMITMENT_ACTION_NAMES.map((name) => `${name} (${COMMITMENT_ACTIONS[name].command})`).join(', ')}`,
      operationId: 'runCommitmentAction',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiParam({ name: 'action', enum: COMMITMENT_ACTION_NAMES }),
    ApiBody({ schema: { type: 'object' }, examples: COMMITMENT_ACTION_EXAMPLES }),
    ifMatchHeader,
    idempotencyKeyHeader,
    ApiResponse({ status: 200, description: 'CommitmentDetailView with its new ETag' }),
    problem(400, 'Invalid fields'),
    problem(403, 'The role may not run it (ROLE_NOT_PERMITTED)'),
    problem(404, 'No such commitment or action'),
    problem(
      409,
      'Stale If-Match (CONCURRENCY_CONFLICT, with currentVersion), a cancelled commitment, or an occurrence status the command cannot run from',
    ),
    problem(422, 'A rule: OCCURRENCE_NOT_FOUND, QUANTITY_OUT_OF_RANGE, QUANTITY_NOT_APPLICABLE, …'),
    problem(428, 'If-Match missing'),
  );

export const AddEvidenceFileDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Attach a file (and a note) as evidence to one occurrence',
      operationId: 'addEvidenceFile',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['periodKey', 'file'],
        properties: {
          periodKey: { type: 'string', example: '2025-10-01' },
          note: { type: 'string', example: 'Danh sách vận động viên tham dự' },
          file: { type: 'string', format: 'binary' },
        },
      },
    }),
    ifMatchHeader,
    idempotencyKeyHeader,
    ApiResponse({ status: 200, description: 'CommitmentDetailView; the evidence has the SHA-256' }),
    problem(400, 'No file, or invalid fields'),
    problem(413, 'File too large'),
    problem(415, 'Not multipart/form-data'),
  );

export const GetEvidenceFileDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Download an evidence file', operationId: 'getEvidenceFile' }),
    ApiResponse({ status: 200, description: 'The bytes; Repr-Digest holds the SHA-256' }),
    problem(404, 'No such file'),
  );
