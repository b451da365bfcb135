import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiResponse,
} from '@nestjs/swagger';
import { MAX_ATTACHMENT_BYTES } from '@concordat/domain';

const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const AddAttachmentDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Attach a file (a signed scan, an annex) to an agreement',
      operationId: 'addAttachment',
      description: `multipart/form-data with one field \`file\`, at most ${MAX_ATTACHMENT_BYTES} bytes. The bytes are stored in PostgreSQL; the AttachmentAdded event records name, media type, size and SHA-256. A signature can then name the attachment as \`scanAttachmentId\`.`,
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
    ApiHeader({ name: 'If-Match', required: true, example: '"11"' }),
    ApiHeader({ name: 'Idempotency-Key', required: false }),
    ApiResponse({
      status: 201,
      description: 'The stored attachment and the agreement at its new version (ETag)',
      schema: {
        example: {
          attachment: {
            attachmentId: '0b9f3c52-5d1e-4c59-9d55-3f3c0c6f7a11',
            name: 'Biên bản ký kết FAVIJA.pdf',
            mediaType: 'application/pdf',
            size: 183422,
            sha256: '9f2c4e8a0d1b3c5e7f9a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcd',
          },
          agreement: { id: '…', version: 12, particulars: { attachments: ['…'] } },
        },
      },
    }),
    problem(400, 'No `file` field, an empty file or an invalid name or media type'),
    problem(403, 'The role may not add attachments (ROLE_NOT_PERMITTED)'),
    problem(409, 'Stale If-Match, or the agreement is closed (TRANSITION_NOT_ALLOWED)'),
    problem(413, `The file is larger than ${MAX_ATTACHMENT_BYTES} bytes`),
    problem(415, 'Not multipart/form-data'),
  );

export const GetAttachmentDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "Download an attachment's bytes",
      operationId: 'getAttachment',
      description:
        'Answers the stored bytes with their media type; `Repr-Digest` carries the SHA-256 recorded in the AttachmentAdded event.',
    }),
    ApiParam({ name: 'id', format: 'uuid' }),
    ApiParam({ name: 'attachmentId', format: 'uuid' }),
    ApiResponse({ status: 200, description: 'The file' }),
    problem(404, 'No such attachment on this agreement'),
  );
