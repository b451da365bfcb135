/**
 * Every way an agreement command can be refused. The api maps each code to an HTTP status
 * and a problem+json `type`; the web maps it to a translated message. Values are stable
 * strings because they travel over HTTP and into logs.
 */
export enum AgreementErrorCode {
  AgreementAlreadyExists = 'AGREEMENT_ALREADY_EXISTS',
  AgreementNotFound = 'AGREEMENT_NOT_FOUND',
  TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED',
  RequiredFieldMissing = 'REQUIRED_FIELD_MISSING',
  SelfApprovalForbidden = 'SELF_APPROVAL_FORBIDDEN',
  InvalidDates = 'INVALID_DATES',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  NotAnApprover = 'NOT_AN_APPROVER',
  AlreadyDecided = 'ALREADY_DECIDED',
  ObserverCannotAct = 'OBSERVER_CANNOT_ACT',
  UnknownParty = 'UNKNOWN_PARTY',
  PartyAlreadySigned = 'PARTY_ALREADY_SIGNED',
  /** A hash given for the text is not the hash of the text it names (finalising or signing). */
  TextHashMismatch = 'TEXT_HASH_MISMATCH',
  AttachmentNotFound = 'ATTACHMENT_NOT_FOUND',
  TextNoAuthenticLanguage = 'TEXT_NO_AUTHENTIC_LANGUAGE',
  TextLanguageDuplicated = 'TEXT_LANGUAGE_DUPLICATED',
  ClauseKeyDuplicated = 'CLAUSE_KEY_DUPLICATED',
  ClauseLanguageMissing = 'CLAUSE_LANGUAGE_MISSING',
  ClauseLanguageUndeclared = 'CLAUSE_LANGUAGE_UNDECLARED',
  ClauseNotFound = 'CLAUSE_NOT_FOUND',
  ClausesNotCleared = 'CLAUSES_NOT_CLEARED',
  /** A review was to be assigned to someone who is not a manager. */
  ReviewAssigneeNotManager = 'REVIEW_ASSIGNEE_NOT_MANAGER',
}
