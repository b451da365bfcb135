import { ConcurrencyConflictError } from '../../../platform/event-store/concurrency-conflict.error.js';

/**
 * The client's If-Match names a version the agreement has moved past (or lost the race to
 * append at it): a concurrency conflict that also says which version the agreement is at
 * now, so the client can reload and decide again. The problem body carries `currentVersion`.
 */
export class StaleVersionError extends ConcurrencyConflictError {
  constructor(
    agreementId: string,
    expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(agreementId, expectedVersion);
    this.message = `The agreement changed since you loaded it (you sent version ${expectedVersion}, it is at ${currentVersion}). Reload and try again.`;
    this.name = 'StaleVersionError';
  }
}
