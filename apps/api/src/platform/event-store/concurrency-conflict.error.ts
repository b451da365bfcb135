/** Someone else appended to the stream since it was read: the caller must reload and retry. */
export class ConcurrencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(
      `The record changed while this request was being handled (expected version ${expectedVersion}). Reload and try again.`,
    );
    this.name = 'ConcurrencyConflictError';
  }
}
