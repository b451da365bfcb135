/**
 * Every way a commitment command can be refused. Stable strings: they travel over HTTP
 * (problem+json `code`) and the web translates them.
 */
export enum CommitmentErrorCode {
  CommitmentAlreadyExists = 'COMMITMENT_ALREADY_EXISTS',
  CommitmentNotFound = 'COMMITMENT_NOT_FOUND',
  CommitmentCancelled = 'COMMITMENT_CANCELLED',
  AgreementNotFound = 'AGREEMENT_NOT_FOUND',
  AgreementClosed = 'AGREEMENT_CLOSED',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  UnknownPartner = 'UNKNOWN_PARTNER',
  ScheduleUnbounded = 'SCHEDULE_UNBOUNDED',
  ScheduleEmpty = 'SCHEDULE_EMPTY',
  OccurrenceNotFound = 'OCCURRENCE_NOT_FOUND',
  OccurrenceTransitionNotAllowed = 'OCCURRENCE_TRANSITION_NOT_ALLOWED',
  QuantityNotApplicable = 'QUANTITY_NOT_APPLICABLE',
  QuantityOutOfRange = 'QUANTITY_OUT_OF_RANGE',
  RequiredFieldMissing = 'REQUIRED_FIELD_MISSING',
}
