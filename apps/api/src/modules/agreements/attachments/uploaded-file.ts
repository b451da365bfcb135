import { MAX_ATTACHMENT_BYTES } from '@concordat/domain';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../../../platform/problem/api-error.js';
import type { UploadedFile } from './add-attachment/add-attachment.command.js';

/**
 * The one file of a multipart/form-data upload (field `file`), read into memory up to
 * MAX_ATTACHMENT_BYTES: larger is a 413, no file or another content type a 400/415.
 */
export async function uploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw new ApiError(
      ApiErrorCode.UnsupportedMediaType,
      'Send the file as multipart/form-data in a field named "file".',
    );
  }
  const part = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
  if (part === undefined || part.fieldname !== 'file') {
    throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
      { field: 'file', message: 'is required' },
    ]);
  }
  const content = await fileContent(part);
  if (content.length === 0) {
    throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
      { field: 'file', message: 'must not be empty' },
    ]);
  }
  return { name: part.filename, mediaType: part.mimetype, content };
}

/**
 * The bytes of one uploaded file part, at most MAX_ATTACHMENT_BYTES (413 beyond). Under
 * load the size limit can fire after toBuffer has resolved with the truncated file (seen as
 * a 201 for an oversized upload): the truncated flag is the last word.
 */
export async function fileContent(part: MultipartFile): Promise<Buffer> {
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if (isFileTooLarge(error)) throw tooLarge();
    throw error;
  }
  if (part.file.truncated || content.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
  return content;
}

function tooLarge(): ApiError {
  return new ApiError(
    ApiErrorCode.PayloadTooLarge,
    `A file may be at most ${MAX_ATTACHMENT_BYTES} bytes.`,
    [{ field: 'file', message: `must be at most ${MAX_ATTACHMENT_BYTES} bytes` }],
  );
}

function isFileTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'FST_REQ_FILE_TOO_LARGE'
  );
}
