import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';

/** OpenAPI descriptions of the background verification routes. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const running = {
  id: '3f2c9a4e-7b1d-4c8e-9a6f-0d5e4c3b2a19',
  status: 'running',
  requestedBy: { id: '7d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3d', name: 'Trần Thị Kiểm' },
  requestedAt: '2026-11-23T17:02:11.204Z',
  startedAt: '2026-11-23T17:02:11.950Z',
  finishedAt: null,
  eventsTotal: 1284000,
  eventsChecked: 412500,
  result: null,
  error: null,
};

export const StartVerificationDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Verify the whole event log in the background',
      operationId: 'startVerification',
      description:
        "Queues the same check as GET /api/audit/verify as a background job and answers at once; poll the URL in `Location` for progress and the report. The request and its outcome are recorded as events (EventLogVerificationRequested, EventLogVerified) in the verification's own stream. No request body.",
    }),
    ApiResponse({
      status: 202,
      description: 'The queued verification; Location holds its URL',
      example: {
        ...running,
        status: 'queued',
        startedAt: null,
        eventsTotal: null,
        eventsChecked: 0,
      },
    }),
    problem(401, 'Not signed in'),
    problem(403, 'Only auditors and admins verify the log'),
  );

export const GetVerificationDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'A background verification: status, progress, report',
      operationId: 'getVerification',
    }),
    ApiParam({ name: 'id', description: 'The verification id (from Location)', format: 'uuid' }),
    ApiResponse({
      status: 200,
      description:
        '`status` is queued, running, completed (see `result`, whose `ok` says whether the log is intact) or failed (the check could not finish; see `error`)',
      examples: {
        running: { summary: 'Under way', value: running },
        completed: {
          summary: 'Finished: the log is intact',
          value: {
            ...running,
            status: 'completed',
            finishedAt: '2026-11-23T17:02:40.118Z',
            eventsChecked: 1284000,
            result: {
              ok: true,
              eventsChecked: 1284000,
              streamsChecked: 101057,
              checkpointsChecked: 24,
              firstBroken: null,
            },
          },
        },
      },
    }),
    problem(401, 'Not signed in'),
    problem(403, 'Only auditors and admins verify the log'),
    problem(404, 'No verification has this id'),
  );
