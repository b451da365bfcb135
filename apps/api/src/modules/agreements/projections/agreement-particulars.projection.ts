import { Injectable } from '@nestjs/common';
import { type ExistingAgreementState, particularsViewOf } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * Keeps `agreement_particulars` in step with the log: the particulars, the parties with
 * their signatures and the computed dates, written whole from the folded state in the
 * transaction that appended the events (after the `agreements` row it references).
 */
@Injectable()
export class AgreementParticularsProjection {
  async apply(manager: EntityManager, state: ExistingAgreementState): Promise<void> {
    const view = particularsViewOf(state);
    await manager.query(
      `INSERT INTO agreement_particulars (agreement_id, view, review_due_on)
       VALUES ($1, $2, $3)
       ON CONFLICT (agreement_id) DO UPDATE SET
         view = EXCLUDED.view, review_due_on = EXCLUDED.review_due_on`,
      [state.id, JSON.stringify(view), view.reviewDueOn],
    );
  }
}
