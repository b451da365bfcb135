import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs that mean "the server is not there for us right now", not "your query is
 * wrong": class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot
 * connect now), 53300 (too many connections) and 55000 as sent when a database stops
 * allowing connections (ALTER DATABASE … ALLOW_CONNECTIONS false).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';
const NOT_ACCEPTING_CONNECTIONS = '55000';

/** Socket errors of a server that is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres reports a dropped or timed-out connection with a message, not a code.
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error/,
  /Client was closed and is not queryable/,
];

/**
 * True when `error` says PostgreSQL cannot be reached (down, restarting, cutting us off),
 * so the request deserves a 503 the client may retry rather than a 500. Looks through
 * TypeORM's QueryFailedError to the driver's error, and through `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const inner = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (typeof inner !== 'object' || inner === null) return false;
  const { code, message, cause } = inner as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    if (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
    if (code === NOT_ACCEPTING_CONNECTIONS && typeof message === 'string')
      return /not currently accepting connections/.test(message);
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message)))
    return true;
  // AggregateError (a refused connection to every address of a host) and wrapped causes.
  const errors = (inner as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.some((each) => isDatabaseUnavailable(each, depth + 1)))
    return true;
  return cause !== undefined && isDatabaseUnavailable(cause, depth + 1);
}
