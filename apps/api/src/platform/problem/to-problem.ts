import { HttpException } from '@nestjs/common';
import { DomainError } from '@concordat/domain';
import { ConcurrencyConflictError } from '../event-store/concurrency-conflict.error.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import {
  PG_DATA_EXCEPTION_CLASS,
  PG_UNIQUE_VIOLATION,
  postgresErrorOf,
} from '../database/postgres-error.js';
import { ApiError, ApiErrorCode, type FieldError } from './api-error.js';
import { type ProblemDetails, problemType } from './problem-details.js';
import { codeForStatus, statusForCode } from './problem-status.js';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface Classified {
  code: string;
  detail: string;
  status?: number;
  errors?: readonly FieldError[];
  extensions?: Record<string, unknown>;
}

/**
 * Turns anything thrown while serving a request into problem details. Known errors keep
 * their message; anything unexpected becomes a 500 whose detail reveals nothing inside.
 */
export function toProblem(error: unknown, instance: string): ProblemDetails {
  const classified = classify(error);
  const status = classified.status ?? statusForCode(classified.code);
  return {
    type: problemType(classified.code),
    title: TITLES[status] ?? 'Error',
    status,
    detail: classified.detail,
    instance,
    code: classified.code,
    ...(classified.errors && classified.errors.length > 0
      ? { errors: [...classified.errors] }
      : {}),
    ...classified.extensions,
  };
}

function classify(error: unknown): Classified {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.extensions ? { extensions: error.extensions } : {}),
    };
  }
  if (isDomainError(error)) {
    const { code, message, field, extensions } = error;
    return {
      code,
      detail: message,
      ...(field !== undefined ? { errors: [{ field, message }] } : {}),
      ...(extensions !== undefined ? { extensions } : {}),
    };
  }
  if (error instanceof ConcurrencyConflictError) {
    // A subclass may know the version the record is at now; the client reloads from it.
    const current: unknown = (error as { currentVersion?: unknown }).currentVersion;
    return {
      code: ApiErrorCode.ConcurrencyConflict,
      detail: error.message,
      ...(typeof current === 'number' ? { extensions: { currentVersion: current } } : {}),
    };
  }
  // Before anything else PostgreSQL-shaped: a lost database is not the caller's fault, and
  // a 503 tells clients and load balancers to retry (elsewhere, or a moment later).
  if (isDatabaseUnavailable(error)) {
    return {
      code: ApiErrorCode.ServiceUnavailable,
      detail: 'The database is unavailable; try again shortly.',
    };
  }
  const sqlState = postgresErrorOf(error)?.code;
  if (sqlState === PG_UNIQUE_VIOLATION) {
    return {
      code: ApiErrorCode.Conflict,
      detail: 'The request conflicts with data that already exists.',
    };
  }
  // A safety net: validation should stop such values first, but bad input is never a 500.
  if (sqlState?.startsWith(PG_DATA_EXCEPTION_CLASS)) {
    return {
      code: ApiErrorCode.ValidationFailed,
      detail: 'The request holds a value the database cannot store.',
    };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const frameworkStatus = clientErrorStatusOf(error);
  if (frameworkStatus !== undefined) {
    return {
      code: codeForStatus(frameworkStatus),
      status: frameworkStatus,
      detail: error instanceof Error ? error.message : 'The request could not be read.',
    };
  }
  return { code: ApiErrorCode.Internal, detail: 'Something went wrong on our side.' };
}

function fromHttpException(error: HttpException): Classified {
  const status = error.getStatus();
  const response = error.getResponse();
  const code = codeForStatus(status);
  // Terminus answers 503 with the state of each check; keep it for operators.
  if (status === 503 && typeof response === 'object') {
    return {
      code,
      status,
      detail: 'A service the api depends on is unavailable.',
      extensions: { checks: response },
    };
  }
  return {
    code,
    status,
    detail: status >= 500 ? 'Something went wrong on our side.' : error.message,
  };
}

/** Fastify's own errors (malformed JSON, wrong content type, body too large) carry a 4xx. */
function clientErrorStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const { statusCode } = error;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
    ? statusCode
    : undefined;
}

// `instanceof` on a generic class narrows to DomainError<any>; this keeps the code a string.
function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
