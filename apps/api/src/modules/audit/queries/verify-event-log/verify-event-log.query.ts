import { Query } from '@nestjs/cqrs';
import type { VerificationReport } from '../../../../platform/event-store/event-log-verifier.js';

/** Re-check every hash chain and checkpoint of the event log against the live database. */
export class VerifyEventLogQuery extends Query<VerificationReport> {}
