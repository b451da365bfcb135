import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { createExportSchema, type ExportView } from '@concordat/domain';
import { openApiSchema } from '../../platform/openapi/zod-openapi.js';

/** OpenAPI descriptions of the export routes, kept out of the controller. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const idParam = ApiParam({ name: 'id', format: 'uuid', description: 'The export' });

const EXPORT_EXAMPLE: ExportView = {
  id: '5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19',
  format: 'jsonl',
  filters: { agreementId: '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42' },
  agreementTitle: { vi: 'Biên bản ghi nhớ hợp tác thể thao', ja: 'スポーツ協力覚書' },
  agreementTitleLanguages: ['vi', 'ja'],
  language: 'en',
  scope: 'streams',
  status: 'completed',
  progress: { rows: 42, totalRows: 42 },
  error: null,
  files: [
    {
      name: 'events.jsonl',
      sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
      bytes: 48211,
      rows: 42,
    },
  ],
  bytes: 48211,
  requestedBy: { id: 'c0c0da70-5157-4e00-8000-00000000a0d1', name: 'Tran Thi Auditor' },
  requestedAt: '2026-11-23T16:30:00.000Z',
  finishedAt: '2026-11-23T16:30:02.000Z',
  expiresAt: '2026-11-30T16:30:02.000Z',
  manifestUrl: '/api/exports/5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19/manifest.json',
};

export const RequestExportDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Start a background export of the event log',
      description:
        'Formats: csv (RFC 4180, UTF-8, CRLF), csv-excel (the same with a UTF-8 byte order mark for Excel), jsonl (concordat-events-jsonl-v1, verifiable offline), xlsx, evidence-pack (ZIP: events.jsonl, events.csv, attachments, manifest.json, VERIFY.txt). Auditors and admins export anything; other roles only one agreement (filters.agreementId).',
      operationId: 'requestExport',
    }),
    ApiBody({
      schema: openApiSchema(createExportSchema),
      examples: {
        agreementHistory: {
          summary: "One agreement's history as JSON Lines",
          value: { format: 'jsonl', filters: { agreementId: EXPORT_EXAMPLE.filters.agreementId } },
        },
        period: {
          summary: 'An evidence pack of a quarter',
          value: {
            format: 'evidence-pack',
            filters: { from: '2026-07-01T00:00:00Z', to: '2026-10-01T00:00:00Z' },
            language: 'vi',
          },
        },
      },
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A repeat with the same key and body answers the first response and starts nothing.',
    }),
    ApiResponse({
      status: 202,
      description: 'ExportView, queued; Location holds its URL',
      schema: { example: { ...EXPORT_EXAMPLE, status: 'queued', files: [], bytes: 0 } },
    }),
    problem(400, 'Invalid fields, each named in `errors`'),
    problem(403, 'Exporting more than one agreement needs the auditor or admin role'),
    problem(422, 'filters.agreementId names no agreement, or the Idempotency-Key was reused'),
  );

export const ListExportsDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Exports, newest first', operationId: 'listExports' }),
    ApiQuery({ name: 'page', required: false, type: Number }),
    ApiQuery({ name: 'pageSize', required: false, type: Number }),
    ApiQuery({
      name: 'all',
      required: false,
      enum: ['true', 'false'],
      description: "true: everyone's exports (auditors and admins)",
    }),
    ApiResponse({
      status: 200,
      description: 'Page<ExportView>',
      schema: { example: { items: [EXPORT_EXAMPLE], total: 1, page: 1, pageSize: 20 } },
    }),
    problem(403, 'all=true without the auditor or admin role'),
  );

export const GetExportDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'An export: status, progress, files', operationId: 'getExport' }),
    idParam,
    ApiResponse({ status: 200, description: 'ExportView', schema: { example: EXPORT_EXAMPLE } }),
    problem(404, "No such export, or another user's"),
  );

export const CancelExportDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Cancel a queued or running export', operationId: 'cancelExport' }),
    idParam,
    ApiBody({ required: false, examples: { none: { value: {} } } }),
    ApiResponse({ status: 200, description: 'ExportView, cancelled' }),
    problem(404, "No such export, or another user's"),
    problem(409, 'The export has already ended'),
  );

export const DownloadExportFileDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Download a file of a completed export (streamed)',
      description: 'X-Content-SHA256 and Repr-Digest carry the SHA-256 the manifest lists.',
      operationId: 'downloadExportFile',
    }),
    idParam,
    ApiParam({ name: 'name', example: 'events.jsonl' }),
    ApiResponse({ status: 200, description: 'The file' }),
    problem(404, 'No such export or file'),
    problem(409, 'The export is not completed, or expired'),
  );

export const DownloadExportManifestDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "An export's manifest.json (concordat-export-manifest-v1)",
      operationId: 'downloadExportManifest',
    }),
    idParam,
    ApiResponse({ status: 200, description: 'manifest.json' }),
    problem(404, 'No such export'),
    problem(409, 'The export is not completed'),
  );
