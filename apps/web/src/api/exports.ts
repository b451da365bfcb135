import type { CreateExportInput, ExportView, Page } from '@concordat/domain';
import { httpClient } from './client';

export interface ExportListParams {
  page?: number;
  pageSize?: number;
  /** Everyone's exports (auditors and admins). */
  all?: boolean;
}

export function listExportsApi(params: ExportListParams = {}): Promise<Page<ExportView>> {
  return httpClient.get<Page<ExportView>>('/api/exports', {
    query: {
      page: params.page,
      pageSize: params.pageSize,
      all: params.all ? 'true' : undefined,
    },
  });
}

/** `POST /api/exports`: queued at once, run in the background (202). */
export function requestExportApi(
  input: CreateExportInput,
  idempotencyKey: string,
): Promise<ExportView> {
  return httpClient.post<ExportView>('/api/exports', input, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function cancelExportApi(id: string): Promise<ExportView> {
  return httpClient.post<ExportView>(`/api/exports/${encodeURIComponent(id)}/cancel`);
}

/** Where the browser downloads a file of an export (the session cookie authorises it). */
export function exportFileUrl(id: string, name: string): string {
  return `/api/exports/${encodeURIComponent(id)}/files/${encodeURIComponent(name)}`;
}

export function exportManifestUrl(id: string): string {
  return `/api/exports/${encodeURIComponent(id)}/manifest.json`;
}
