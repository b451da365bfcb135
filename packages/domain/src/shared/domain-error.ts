/**
 * A broken business rule. The api maps `code` to an HTTP status and an RFC 9457
 * problem+json body; `field` names the input the rule is about, when there is one.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly field?: string,
    /** Facts a client can act on (e.g. the clause numbers still uncleared), sent as problem members. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
