import { AgreementErrorCode, DomainError } from '@concordat/domain';

export function agreementNotFound(id: string): DomainError<AgreementErrorCode> {
  return new DomainError(
    AgreementErrorCode.AgreementNotFound,
    `There is no agreement with id ${id}.`,
  );
}
