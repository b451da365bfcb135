import { AgreementErrorCode, DomainError } from '@concordat/domain';
import type { DataSource } from 'typeorm';

/** A 404 (AGREEMENT_NOT_FOUND) for an agreement id nothing is known of, before reading more. */
export async function requireAgreement(dataSource: DataSource, agreementId: string): Promise<void> {
  const found = await dataSource.query<unknown[]>(`SELECT 1 FROM agreements WHERE id = $1`, [
    agreementId,
  ]);
  if (found.length === 0) {
    throw new DomainError(
      AgreementErrorCode.AgreementNotFound,
      `There is no agreement ${agreementId}`,
    );
  }
}
