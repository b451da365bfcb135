import { DomainError } from '../../shared/domain-error.js';
import { AgreementErrorCode } from '../agreement-error-code.js';

export interface ReviewAssignment {
  agreementId: string;
  /** Who drafted the agreement: its responsible manager while they still are one. */
  drafter: string;
  /** The ids of everyone who holds the manager role now (never the system user). */
  managers: readonly string[];
  /** Someone named by whoever started the review by hand. */
  requested?: string | undefined;
}

/**
 * Who a renewal review is assigned to: the person named when it was started by hand (who
 * must be a manager), else the drafter if they are still a manager, else one manager
 * picked from the agreement id, so the same agreement always lands with the same person
 * and reviews spread over the managers instead of piling on the first. Null when there
 * are no managers at all: the review still starts, unassigned, rather than not at all.
 */
export function reviewAssigneeFor(assignment: ReviewAssignment): string | null {
  const { agreementId, drafter, requested } = assignment;
  const managers = [...assignment.managers].sort();
  if (requested !== undefined) {
    if (!managers.includes(requested)) {
      throw new DomainError(
        AgreementErrorCode.ReviewAssigneeNotManager,
        `A review can only be assigned to a manager; ${requested} is not one`,
        'assignee',
      );
    }
    return requested;
  }
  if (managers.includes(drafter)) return drafter;
  if (managers.length === 0) return null;
  return managers[stableIndex(agreementId, managers.length)] ?? null;
}

/** A small, stable hash of the id: the same id always picks the same index. */
function stableIndex(id: string, size: number): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash % size;
}
