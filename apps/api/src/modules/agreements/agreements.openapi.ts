import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import {
  type AgreementAction,
  AGREEMENT_ACTIONS,
  AGREEMENT_ACTION_NAMES,
  agreementCommandSchemas,
  createDraftAgreementSchema,
} from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';
import { idempotencyKeyHeader } from '../../platform/idempotency/idempotency-key.openapi.js';
import { AGREEMENT_DETAIL_EXAMPLE } from './agreement-detail.openapi-example.js';

/** OpenAPI descriptions of the agreement routes, kept out of the controller to keep it short. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const CreateDraftAgreementDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Create a draft agreement', operationId: 'createDraftAgreement' }),
    ApiBody({
      schema: openApiSchema(createDraftAgreementSchema),
      examples: { favija: { value: CREATE_DRAFT_EXAMPLE } },
    }),
    idempotencyKeyHeader,
    ApiResponse({
      status: 201,
      description:
        'The new agreement with the allowedActions of its creator; ETag holds its version, Location its URL',
    }),
    problem(400, 'Invalid fields, each named in `errors`'),
    problem(401, 'Not signed in'),
    problem(403, 'The role may not create agreements'),
    problem(422, 'The Idempotency-Key was used before with another body (IDEMPOTENCY_KEY_REUSED)'),
  );

export const ListAgreementsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'List, search, filter and sort agreements',
      operationId: 'listAgreements',
    }),
    ApiQuery({
      name: 'q',
      required: false,
      description: 'Searches titles in every language and partner names',
    }),
    ApiQuery({ name: 'status', required: false }),
    ApiQuery({
      name: 'step',
      required: false,
      description: 'A sub-step, e.g. `awaiting_approval`',
    }),
    ApiQuery({ name: 'partner', required: false }),
    ApiQuery({ name: 'country', required: false, description: 'ISO 3166-1 alpha-2' }),
    ApiQuery({
      name: 'expiresWithinDays',
      required: false,
      type: Number,
      description:
        'In force or in review and ending between today (by the server clock) and today + this many days',
      example: 90,
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      enum: ['updatedAt', 'createdAt', 'title', 'status'],
    }),
    ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] }),
    ApiQuery({ name: 'page', required: false, type: Number }),
    ApiQuery({ name: 'pageSize', required: false, type: Number }),
    ApiQuery({
      name: 'format',
      required: false,
      enum: ['json', 'csv'],
      description: '`csv`: every matching row (up to 10 000) as RFC 4180 CSV, UTF-8 with BOM',
    }),
    ApiResponse({ status: 200, description: 'Page<AgreementView>, or text/csv' }),
    problem(400, 'Invalid query parameters'),
  );

export const GetAgreementDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Get one agreement', operationId: 'getAgreement' }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiQuery({
      name: 'asOf',
      required: false,
      description:
        'The agreement as it stood at a stream version (`3`) or an instant (`2026-03-01T00:00:00Z`), folded from its events up to there. A past view has empty `allowedActions` and no ETag; 404 if the agreement did not exist yet (or the version is not reached).',
      examples: {
        version: { value: '3' },
        time: { value: '2026-03-01T00:00:00+07:00' },
      },
    }),
    ApiResponse({
      status: 200,
      description:
        'AgreementDetailView: the agreement plus `allowedActions`, the action names the caller may run now; ETag holds its version. `particulars` holds the parties with their signatures, the computed dates (effective, expiry, review due) and the renewal rule; `text` the current text with the review of each clause, and the list of negotiation rounds.',
      schema: { example: AGREEMENT_DETAIL_EXAMPLE },
    }),
    problem(400, 'The id is not a UUID, or `asOf` is neither a version nor a date-time'),
    problem(404, 'No such agreement (at `asOf`)'),
  );

export const GetAgreementHistoryDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "An agreement's history, oldest first",
      operationId: 'getAgreementHistory',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiResponse({ status: 200, description: 'AgreementEventView[] with the acting user' }),
    problem(404, 'No such agreement'),
  );

/** A draft as the FAVIJA MoU started, for the docs only. */
const CREATE_DRAFT_EXAMPLE = {
  title: {
    vi: 'Biên bản ghi nhớ hợp tác với FAVIJA',
    ja: 'FAVIJAとの協力に関する覚書',
  },
  type: 'mou',
  ourOrganisation: "Vietnam People's Police Sports Association",
  ourCountry: 'VN',
  partners: [
    {
      name: 'FAVIJA',
      country: 'JP',
      signatory: { name: '田中 健一', title: '会長' },
    },
  ],
  effectiveDateRule: { kind: 'on_last_signature' },
  termMonths: 60,
  renewalRule: { kind: 'automatic', months: 24, noticeDays: 90 },
  reviewLeadDays: 90,
};

/**
 * An example body per action, for the docs only (the api validates with the domain
 * schemas). Keyed by every action, so a new action does not compile without one.
 */
const ACTION_EXAMPLES: Record<AgreementAction, unknown> = {
  edit: { ourOrganisation: 'Vietnam Sports Administration', endsOn: '2029-03-14' },
  submit: {},
  approve: { comment: 'Phù hợp với kế hoạch hợp tác quốc tế năm.' },
  reject: { comment: 'Please name the partner federation in clause 2.' },
  'request-changes': { comment: 'Thêm điều khoản về chi phí đi lại của đoàn.' },
  'start-negotiation': {},
  'add-round': {
    proposedBy: 'partner',
    text: {
      languages: [
        { tag: 'vi', authentic: true },
        { tag: 'ja', authentic: true },
      ],
      clauses: [
        {
          key: 'delegations',
          title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
          text: {
            vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm hai lần.',
            ja: '両者は、年に二度、選手と指導者の代表団を交流させる。',
          },
        },
      ],
    },
  },
  finalize: { textHash: '9f2c4b0e8d1a7c3f5e6b2d4a8c0e1f3b5d7a9c2e4f6b8d0a1c3e5f7b9d2a4c6e' },
  'request-clearance': {},
  'open-signing': {},
  sign: {
    party: 'partner-1',
    signatoryName: '田中 健一',
    signatoryTitle: '代表',
    signedOn: '2024-03-15',
    place: 'Hà Nội',
    method: 'wet_ink',
    textHash: 'sha256:favija-2024-final-text',
    scanAttachmentId: '0b9f3c52-5d1e-4c59-9d55-3f3c0c6f7a11',
  },
  suspend: { reason: 'The partner is reorganising its sports department.' },
  resume: {},
  'start-review': { dueOn: '2028-12-01' },
  renew: { months: 24, comment: 'Gia hạn hai năm theo kết quả rà soát.' },
  expire: { comment: null },
  terminate: { reason: 'The programme ended early.', terminatedOn: '2026-06-30' },
  withdraw: { reason: 'Handled by the ministry instead.' },
  'edit-text': {
    text: {
      languages: [
        { tag: 'vi', authentic: true },
        { tag: 'ja', authentic: true },
      ],
      clauses: [
        {
          key: 'delegations',
          title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
          text: {
            vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm một lần.',
            ja: '両者は、年に一度、選手と指導者の代表団を交流させる。',
          },
        },
      ],
    },
  },
  'propose-amendment': { reason: 'Add a judo coaching exchange to the programme from 2027.' },
  'review-clause': {
    clauseKey: 'delegations',
    status: 'flagged',
    comment: 'Cần nêu rõ bên chịu chi phí đi lại.',
  },
};

const actionTable = AGREEMENT_ACTION_NAMES.map(
  (action) => `- \`${action}\`: ${AGREEMENT_ACTIONS[action].commands.join(' or ')}`,
).join('\n');

export const RunAgreementActionDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Run a lifecycle command on an agreement',
      operationId: 'runAgreementAction',
      description: `The action names a domain command; where it names several, the agreement's step picks one (\`approve\` approves a draft, clears the text to sign or approves a proposed review decision). Under review, \`renew\`, \`expire\` and \`terminate\` propose the decision: it takes effect when the approval policy for purpose \`review\` completes (\`approve\`, never by the proposer), and \`reject\` returns the review to undecided. The body is that command's payload. Actions:\n\n${actionTable}`,
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiParam({ name: 'action', enum: AGREEMENT_ACTION_NAMES, example: 'approve' }),
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'The version you loaded (the ETag), `"3"` or `3`',
      example: '"3"',
    }),
    idempotencyKeyHeader,
    ApiBody({
      schema: {
        oneOf: Object.entries(agreementCommandSchemas)
          .filter(([command]) => command !== 'CreateDraftAgreement')
          .map(([command, schema]) => ({ title: command, ...openApiSchema(schema) })),
      },
      examples: Object.fromEntries(
        Object.entries(ACTION_EXAMPLES).map(([action, value]) => [action, { value }]),
      ),
    }),
    ApiResponse({
      status: 200,
      description:
        "AgreementDetailView after the command, with the caller's next allowedActions; ETag holds the new version. A replay (same Idempotency-Key and body) answers the first response again with `Idempotent-Replayed: true`.",
    }),
    problem(400, 'Invalid body fields, If-Match or Idempotency-Key, each named in `errors`'),
    problem(401, 'Not signed in'),
    problem(
      403,
      'The role may not run this command (ROLE_NOT_PERMITTED), or the drafter approves their own draft, or the proposer their own review decision (SELF_APPROVAL_FORBIDDEN)',
    ),
    problem(404, 'No such agreement, or no command of that name'),
    problem(
      409,
      'The agreement is not at a step where the command runs (TRANSITION_NOT_ALLOWED), a party signs twice (PARTY_ALREADY_SIGNED), or If-Match is stale (CONCURRENCY_CONFLICT, with `currentVersion`)',
    ),
    problem(
      422,
      'A business rule refused it (REQUIRED_FIELD_MISSING, INVALID_DATES; for signing UNKNOWN_PARTY, ATTACHMENT_NOT_FOUND; for the text CLAUSE_LANGUAGE_MISSING, CLAUSE_LANGUAGE_UNDECLARED, TEXT_NO_AUTHENTIC_LANGUAGE, TEXT_LANGUAGE_DUPLICATED, CLAUSE_KEY_DUPLICATED, CLAUSE_NOT_FOUND, CLAUSES_NOT_CLEARED with `clauses`, TEXT_HASH_MISMATCH with `textHash`) or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED)',
    ),
    problem(428, 'If-Match is missing (PRECONDITION_REQUIRED)'),
  );
