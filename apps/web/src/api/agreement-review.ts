import type { AgreementReviewView } from '@concordat/domain';
import { httpClient } from './client';

/** What the renewal review of an agreement is pre-filled with (`GET /api/agreements/{id}/review`). */
export function agreementReviewApi(agreementId: string): Promise<AgreementReviewView> {
  return httpClient.get<AgreementReviewView>(
    `/api/agreements/${encodeURIComponent(agreementId)}/review`,
  );
}
