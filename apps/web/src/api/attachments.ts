import type { AgreementDetailView, AttachmentRef } from '@concordat/domain';
import { httpClient, type ApiResponse } from './client';
import type { ActionRequestOptions } from './agreements';

export interface AttachmentUploadView {
  attachment: AttachmentRef;
  agreement: AgreementDetailView;
}

function attachmentsPath(agreementId: string): string {
  return `/api/agreements/${encodeURIComponent(agreementId)}/attachments`;
}

/** `POST /api/agreements/{id}/attachments`: a file as multipart, answered with its SHA-256. */
export function uploadAttachmentApi(
  agreementId: string,
  file: File,
  { ifMatch, idempotencyKey }: ActionRequestOptions,
): Promise<ApiResponse<AttachmentUploadView>> {
  const form = new FormData();
  form.append('file', file, file.name);
  return httpClient.request<AttachmentUploadView>('POST', attachmentsPath(agreementId), {
    body: form,
    ifMatch,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** Where the browser downloads an attachment (the session cookie authorises it). */
export function attachmentUrl(agreementId: string, attachmentId: string): string {
  return `${attachmentsPath(agreementId)}/${encodeURIComponent(attachmentId)}`;
}
