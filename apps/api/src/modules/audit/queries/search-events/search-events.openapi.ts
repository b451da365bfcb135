import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX } from '@concordat/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';

const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const EXAMPLE_PAGE = {
  items: [
    {
      position: '1284',
      occurredAt: '2026-11-20T09:14:03.120Z',
      streamId: '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42',
      version: 7,
      type: 'ApprovalDecisionRecorded',
      actor: { id: '6a1d9c1e-2b3f-4c5d-8e9f-0a1b2c3d4e5f', name: 'Trần Thị Mai', role: 'official' },
      onBehalfOf: { id: '7b2e0d2f-3c4a-4d6e-9fa0-1b2c3d4e5f60', name: 'Nguyễn Văn An' },
      agreement: {
        id: '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42',
        title: { vi: 'Biên bản ghi nhớ hợp tác thể thao', en: 'Sports cooperation MoU' },
        titleLanguages: ['vi', 'en'],
      },
      payload: { purpose: 'draft', step: 0, comment: 'Đồng ý', onBehalfOf: '7b2e…' },
      hash: '5c0e0d3f9f4b0c8e2a7d1b6e3f9a8c7d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
      globalHash: '9a1f0b7c3d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a',
      changes: [
        { field: 'decision', to: 'approved' },
        { field: 'step', to: 1 },
        { field: 'comment', to: 'Đồng ý' },
      ],
    },
  ],
  nextCursor: 'ZGVzYzoxMjg0',
};

export const SearchEventsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Search the audit log',
      operationId: 'searchAuditEvents',
      description:
        'Events of the whole log, filtered, newest first by default, with keyset paging on the position: pass `nextCursor` back as `cursor`. Pages stay stable while events are appended. Auditors and admins (`audit.read`) search everything; other readers of agreement history only with `agreementId`. `format=csv`: the same filter as RFC 4180 CSV (UTF-8 with BOM), at most 10,000 events per file; a `Link: <…>; rel="next"` header continues. See docs/audit.md.',
    }),
    ApiQuery({
      name: 'agreementId',
      required: false,
      description: 'The agreement with its commitments',
    }),
    ApiQuery({
      name: 'partner',
      required: false,
      description: 'Part of a partner name, accents ignored',
    }),
    ApiQuery({ name: 'actorId', required: false, description: 'User id of who acted' }),
    ApiQuery({
      name: 'type',
      required: false,
      isArray: true,
      type: String,
      description: 'Event types; repeat for several',
      example: ['ApprovalDecisionRecorded', 'ClearanceRefused'],
    }),
    ApiQuery({ name: 'from', required: false, example: '2026-01-01T00:00:00Z' }),
    ApiQuery({ name: 'to', required: false, example: '2027-01-01T00:00:00Z' }),
    ApiQuery({ name: 'q', required: false, description: 'Text in comments, reasons and notes' }),
    ApiQuery({
      name: 'limit',
      required: false,
      type: Number,
      description: `Default ${AUDIT_PAGE_DEFAULT}, at most ${AUDIT_PAGE_MAX}`,
    }),
    ApiQuery({ name: 'cursor', required: false, description: 'The previous page’s nextCursor' }),
    ApiQuery({ name: 'order', required: false, enum: ['desc', 'asc'] }),
    ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] }),
    ApiProduces('application/json', 'text/csv'),
    ApiResponse({
      status: 200,
      description: 'AuditEventsPage: { items: AuditEventView[], nextCursor }',
      schema: { example: EXAMPLE_PAGE },
    }),
    problem(400, 'A filter, the limit or the cursor is invalid (names the field)'),
    problem(401, 'Not signed in'),
    problem(403, 'Without audit.read, agreementId is required'),
  );

export const ListAuditActorsDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'People who may appear as actors, for the audit log filter',
      operationId: 'listAuditActors',
    }),
    ApiResponse({
      status: 200,
      description: 'AuditActorView[]',
      schema: {
        example: [
          { id: '6a1d9c1e-2b3f-4c5d-8e9f-0a1b2c3d4e5f', name: 'Trần Thị Mai', role: 'official' },
        ],
      },
    }),
    problem(401, 'Not signed in'),
    problem(403, 'Only auditors and admins (audit.read)'),
  );
