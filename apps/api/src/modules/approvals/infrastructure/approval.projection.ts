import { Injectable } from '@nestjs/common';
import { type ExistingAgreementState, currentStep } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * Keeps `agreement_approvals` in step with the log: the agreement's running (or last)
 * approval, its current step and that step's due date, so the inbox is one indexed query.
 * Runs in the transaction that appended the events.
 */
@Injectable()
export class ApprovalProjection {
  async apply(manager: EntityManager, state: ExistingAgreementState, now: string): Promise<void> {
    const run = state.approval;
    if (run === undefined) return;
    const step = run.outcome === null ? currentStep(run) : null;
    await manager.query(
      `INSERT INTO agreement_approvals (agreement_id, purpose, run, outcome, current_step, due_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (agreement_id) DO UPDATE SET
         purpose = EXCLUDED.purpose, run = EXCLUDED.run, outcome = EXCLUDED.outcome,
         current_step = EXCLUDED.current_step, due_at = EXCLUDED.due_at, updated_at = EXCLUDED.updated_at`,
      [
        state.id,
        run.purpose,
        JSON.stringify(run),
        run.outcome,
        step?.index ?? null,
        step?.dueAt ?? null,
        now,
      ],
    );
  }
}
