import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the api answers on purpose (SQLSTATE, appendix A of the manual). */
export const PG_UNIQUE_VIOLATION = '23505';
/** Class 22, data exception: a value PostgreSQL cannot take (bad encoding, out of range). */
export const PG_DATA_EXCEPTION_CLASS = '22';

interface PostgresDriverError {
  code?: string;
  constraint?: string;
}

/** The SQLSTATE and constraint of a failed query, if the error came from PostgreSQL. */
export function postgresErrorOf(error: unknown): PostgresDriverError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return undefined;
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
  };
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = postgresErrorOf(error);
  return (
    pg?.code === PG_UNIQUE_VIOLATION && (constraint === undefined || pg.constraint === constraint)
  );
}
