import type { ApprovalPolicy, ApprovalPurpose, ApprovalStep } from './approval-policy.js';
import type { ReturnIntent } from './return-intent.js';
import type { ReviewProposal } from '../agreements/review/review-decision.js';

/** One approver's yes on one step, as `ApprovalDecisionRecorded` carries it. */
export interface ApprovalDecision {
  purpose: ApprovalPurpose;
  /** Index of the step in the snapshotted policy, from 0. */
  step: number;
  /** Who pressed the button. */
  decidedBy: string;
  /** The approver the decision counts for, when `decidedBy` stood in as their substitute. */
  onBehalfOf: string | null;
  comment: string | null;
  decidedAt: string;
  /**
   * Set on an approval given in the refused clearance run before this one and carried
   * into it (the policy says `changed-clauses` and no clause changed): decider, time and
   * principal stay those of the original decision.
   */
  carried?: true;
}

export type ApprovalOutcome = 'approved' | ReturnIntent;

/** An approval as it runs (or last ran) on an agreement, folded from its events. */
export interface ApprovalRun {
  purpose: ApprovalPurpose;
  /** The policy as it was when the approval started: later edits do not reach it. */
  policy: ApprovalPolicy;
  /** Null for approvals recorded before the start time was (no due dates then). */
  startedAt: string | null;
  decisions: ApprovalDecision[];
  outcome: ApprovalOutcome | null;
  /** Clearance: the negotiation round whose frozen text is being cleared. */
  round?: number;
  /**
   * Clearance after a refused one, under `changed-clauses`: the round frozen then, and the
   * clauses changed since (numbers, as `changedClauses` reports them). Absent otherwise.
   */
  comparedWithRound?: number;
  changedClauses?: string[];
  /**
   * Review: the decision being approved and who proposed it (who may not approve it).
   * Absent for other purposes.
   */
  proposal?: ReviewProposal;
}

/** Where one step of a run stands. */
export interface ApprovalStepProgress {
  index: number;
  step: ApprovalStep;
  decisions: ApprovalDecision[];
  /** Who has counted towards the step (the delegator where a substitute decided). */
  counted: string[];
  /** How many more approvals the step needs. */
  remaining: number;
  complete: boolean;
  /** When the step became current; null while an earlier step is still open. */
  startedAt: string | null;
  dueAt: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function countsFor(decision: ApprovalDecision): string {
  return decision.onBehalfOf ?? decision.decidedBy;
}

function required(step: ApprovalStep): number {
  if (step.rule.kind === 'any') return step.rule.count;
  return step.approvers.kind === 'users' ? step.approvers.userIds.length : 1;
}

/** Every step of the run with its decisions, completion and due date, in policy order. */
export function approvalProgress(run: ApprovalRun): ApprovalStepProgress[] {
  let startedAt = run.startedAt;
  let earlierComplete = true;
  return run.policy.steps.map((step, index) => {
    const decisions = run.decisions.filter((decision) => decision.step === index);
    const counted = [...new Set(decisions.map(countsFor))];
    const remaining =
      step.rule.kind === 'all' && step.approvers.kind === 'users'
        ? step.approvers.userIds.filter((id) => !counted.includes(id)).length
        : Math.max(0, required(step) - counted.length);
    const complete = remaining === 0;
    const stepStart = earlierComplete ? startedAt : null;
    const progress: ApprovalStepProgress = {
      index,
      step,
      decisions,
      counted,
      remaining,
      complete,
      startedAt: stepStart,
      dueAt: stepStart === null ? null : addDaysToTimestamp(stepStart, step.deadlineDays),
    };
    // The next step starts when the decision that completed this one was taken, or when the
    // run started if a decision carried over from an earlier run completed it.
    if (complete) startedAt = later(startedAt, decisions.at(-1)?.decidedAt ?? null);
    earlierComplete = earlierComplete && complete;
    return progress;
  });
}

/** The first step still open, or null when every step is complete. */
export function currentStep(run: ApprovalRun): ApprovalStepProgress | null {
  return approvalProgress(run).find((step) => !step.complete) ?? null;
}

export function isApprovalComplete(run: ApprovalRun): boolean {
  return currentStep(run) === null;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** A deadline `days` whole days after a moment, in UTC. */
export function addDaysToTimestamp(isoTimestamp: string, days: number): string {
  return new Date(Date.parse(isoTimestamp) + days * DAY_MS).toISOString();
}

/** Everyone who took part so far, as decider or as the approver decided for. */
export function participants(run: ApprovalRun): Set<string> {
  return new Set(run.decisions.flatMap((decision) => [decision.decidedBy, countsFor(decision)]));
}
