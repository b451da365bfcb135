import { AgreementErrorCode, CommitmentErrorCode } from '@concordat/domain';
import { ApiErrorCode } from './api-error.js';

/**
 * Every error code the api can answer with, and its HTTP status: the single place where
 * business and platform errors meet HTTP. A broken business rule is 422; an unknown
 * domain code falls back to 422 too, since it is still a refusal of valid input.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ApiErrorCode.ValidationFailed]: 400,
  [ApiErrorCode.MalformedRequest]: 400,
  [ApiErrorCode.AuthenticationRequired]: 401,
  [ApiErrorCode.InvalidCredentials]: 401,
  [ApiErrorCode.PermissionDenied]: 403,
  [ApiErrorCode.NotFound]: 404,
  [ApiErrorCode.MethodNotAllowed]: 405,
  [ApiErrorCode.Conflict]: 409,
  [ApiErrorCode.ConcurrencyConflict]: 409,
  [ApiErrorCode.PreconditionRequired]: 428,
  [ApiErrorCode.IdempotencyKeyReused]: 422,
  [ApiErrorCode.PayloadTooLarge]: 413,
  [ApiErrorCode.UnsupportedMediaType]: 415,
  [ApiErrorCode.UnsupportedLanguage]: 422,
  [ApiErrorCode.RateLimited]: 429,
  [ApiErrorCode.ServiceUnavailable]: 503,
  [ApiErrorCode.Internal]: 500,
  [AgreementErrorCode.AgreementAlreadyExists]: 409,
  [AgreementErrorCode.AgreementNotFound]: 404,
  [AgreementErrorCode.TransitionNotAllowed]: 409,
  [AgreementErrorCode.RequiredFieldMissing]: 422,
  [AgreementErrorCode.SelfApprovalForbidden]: 403,
  [AgreementErrorCode.InvalidDates]: 422,
  [AgreementErrorCode.RoleNotPermitted]: 403,
  [AgreementErrorCode.NotAnApprover]: 403,
  [AgreementErrorCode.AlreadyDecided]: 409,
  [AgreementErrorCode.ObserverCannotAct]: 403,
  [AgreementErrorCode.UnknownParty]: 422,
  [AgreementErrorCode.PartyAlreadySigned]: 409,
  [AgreementErrorCode.TextHashMismatch]: 422,
  [AgreementErrorCode.AttachmentNotFound]: 422,
  [CommitmentErrorCode.CommitmentNotFound]: 404,
  [CommitmentErrorCode.CommitmentAlreadyExists]: 409,
  [CommitmentErrorCode.CommitmentCancelled]: 409,
  [CommitmentErrorCode.AgreementClosed]: 409,
  [CommitmentErrorCode.OccurrenceTransitionNotAllowed]: 409,
};

const DOMAIN_RULE_STATUS = 422;

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? DOMAIN_RULE_STATUS;
}

/** The code to report for a bare HTTP status (framework errors that carry no code). */
export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return ApiErrorCode.MalformedRequest;
    case 401:
      return ApiErrorCode.AuthenticationRequired;
    case 403:
      return ApiErrorCode.PermissionDenied;
    case 404:
      return ApiErrorCode.NotFound;
    case 405:
      return ApiErrorCode.MethodNotAllowed;
    case 409:
      return ApiErrorCode.Conflict;
    case 413:
      return ApiErrorCode.PayloadTooLarge;
    case 415:
      return ApiErrorCode.UnsupportedMediaType;
    case 429:
      return ApiErrorCode.RateLimited;
    case 503:
      return ApiErrorCode.ServiceUnavailable;
    default:
      return status >= 500 ? ApiErrorCode.Internal : ApiErrorCode.MalformedRequest;
  }
}
