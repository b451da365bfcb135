import { ConcurrencyConflictError } from '../../../platform/event-store/concurrency-conflict.error.js';

/**
 * The client's If-Match names a version the commitment has moved past: a 409 whose problem
 * body carries `currentVersion`, so the client can reload and decide again.
 */
export class CommitmentStaleVersionError extends ConcurrencyConflictError {
  constructor(
    commitmentId: string,
    expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(commitmentId, expectedVersion);
    this.message = `The commitment changed since you loaded it (you sent version ${expectedVersion}, it is at ${currentVersion}). Reload and try again.`;
    this.name = 'CommitmentStaleVersionError';
  }
}
