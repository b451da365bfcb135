import { MAX_ATTACHMENT_BYTES } from '@concordat/domain';
import type { FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import type { UploadedFile } from '../agreements/attachments/add-attachment/add-attachment.command.js';
import { fileContent } from '../agreements/attachments/uploaded-file.js';

export interface EvidenceUpload {
  fields: Record<string, string>;
  file: UploadedFile;
}

/**
 * A multipart/form-data evidence upload: the text fields (`periodKey`, `note`) and one file
 * in the field `file`, read into memory up to MAX_ATTACHMENT_BYTES (413 beyond).
 */
export async function evidenceUpload(request: FastifyRequest): Promise<EvidenceUpload> {
  if (!request.isMultipart()) {
    throw new ApiError(
      ApiErrorCode.UnsupportedMediaType,
      'Send evidence as multipart/form-data with the fields periodKey, note and file.',
    );
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  for await (const part of request.parts({
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 },
  })) {
    if (part.type === 'file') {
      const content = await fileContent(part);
      if (part.fieldname === 'file')
        file = { name: part.filename, mediaType: part.mimetype, content };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (file === undefined || file.content.length === 0) {
    throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
      { field: 'file', message: file === undefined ? 'is required' : 'must not be empty' },
    ]);
  }
  return { fields, file };
}
