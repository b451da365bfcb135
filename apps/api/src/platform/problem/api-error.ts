/**
 * Errors the api itself raises (as opposed to the domain's DomainError). Handlers and
 * guards throw these; the problem filter turns them into problem+json, so no code outside
 * the filter deals in HTTP statuses.
 */
export enum ApiErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedRequest = 'MALFORMED_REQUEST',
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  PermissionDenied = 'PERMISSION_DENIED',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Conflict = 'CONFLICT',
  ConcurrencyConflict = 'CONCURRENCY_CONFLICT',
  PreconditionRequired = 'PRECONDITION_REQUIRED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  /** A well-formed language tag the resource is not offered in (a dossier in `de`). */
  UnsupportedLanguage = 'UNSUPPORTED_LANGUAGE',
  RateLimited = 'RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

export interface FieldError {
  /** Dotted path of the input, e.g. `title.vi` or `partners.0.country`. */
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly errors?: readonly FieldError[],
    /** Extra members of the problem body, e.g. `currentVersion` on a stale If-Match. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
