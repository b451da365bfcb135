import { Injectable } from '@nestjs/common';
import {
  type CommitmentEvent,
  type ExistingCommitmentState,
  occurrencesOf,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { sortTitle } from '../../agreements/projections/agreement.projection.js';
import { foldForSearch } from '../../agreements/projections/search-text.js';

/** What one command did to a commitment: its events, and the commitment after them. */
export interface CommitmentChange {
  events: readonly CommitmentEvent[];
  state: ExistingCommitmentState;
  version: number;
  at: string;
  actorId: string;
}

/**
 * The commitment read models (commitments, commitment_occurrences, commitment_evidence).
 * The command runner calls `apply` after each append and the rebuild calls its two halves,
 * so the live path and a rebuild cannot write different rows.
 */
@Injectable()
export class CommitmentProjection {
  /** Tables holding nothing but what this class writes: a rebuild empties them first. */
  static readonly DERIVED_TABLES = [
    'commitment_evidence',
    'commitment_occurrences',
    'commitments',
  ] as const;

  async apply(manager: EntityManager, change: CommitmentChange): Promise<void> {
    await this.applyState(manager, change.state, change.version, change.at);
    for (const event of change.events) await this.applyEvent(manager, event, change);
  }

  /** The rows that are a function of the folded commitment alone. */
  async applyState(
    manager: EntityManager,
    state: ExistingCommitmentState,
    version: number,
    at: string,
  ): Promise<void> {
    const { details } = state;
    await manager.query(
      `INSERT INTO commitments (id, agreement_id, title, title_sort, kind, owed_by, partner, clause,
                                owner_id, quantity_amount, quantity_unit, schedule, notes, status,
                                cancel_reason, version, created_at, created_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $17)
       ON CONFLICT (id) DO UPDATE SET
         title = EXCLUDED.title, title_sort = EXCLUDED.title_sort, kind = EXCLUDED.kind,
         owed_by = EXCLUDED.owed_by, partner = EXCLUDED.partner, clause = EXCLUDED.clause,
         owner_id = EXCLUDED.owner_id, quantity_amount = EXCLUDED.quantity_amount,
         quantity_unit = EXCLUDED.quantity_unit, schedule = EXCLUDED.schedule,
         notes = EXCLUDED.notes, status = EXCLUDED.status, cancel_reason = EXCLUDED.cancel_reason,
         version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`,
      [
        state.id,
        state.agreementId,
        JSON.stringify(details.title),
        foldForSearch(sortTitle(details.title)),
        details.kind,
        details.owedBy,
        details.partner,
        details.clause,
        details.ownerId,
        details.quantity?.amount ?? null,
        details.quantity?.unit ?? null,
        JSON.stringify(details.schedule),
        details.notes === null ? null : JSON.stringify(details.notes),
        state.status,
        state.cancelReason,
        version,
        at,
        state.plannedBy,
      ],
    );
    const occurrences = occurrencesOf(state);
    await manager.query(
      `DELETE FROM commitment_occurrences
        WHERE commitment_id = $1 AND NOT (period_key = ANY ($2::date[]))`,
      [state.id, occurrences.map((occurrence) => occurrence.periodKey)],
    );
    for (const occurrence of occurrences) {
      await manager.query(
        `INSERT INTO commitment_occurrences
           (commitment_id, period_key, due_on, status, quantity_done, note, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (commitment_id, period_key) DO UPDATE SET
           due_on = EXCLUDED.due_on, status = EXCLUDED.status,
           quantity_done = EXCLUDED.quantity_done, note = EXCLUDED.note, reason = EXCLUDED.reason`,
        [
          state.id,
          occurrence.periodKey,
          occurrence.dueOn,
          occurrence.status,
          occurrence.quantityDone,
          occurrence.note,
          occurrence.reason,
        ],
      );
    }
  }

  /** The rows that record who did what when: occurrence stamps and evidence. */
  async applyEvent(
    manager: EntityManager,
    event: CommitmentEvent,
    change: Pick<CommitmentChange, 'state' | 'at' | 'actorId'>,
  ): Promise<void> {
    switch (event.type) {
      case 'OccurrenceStarted':
      case 'OccurrenceFulfilled':
      case 'OccurrencePartiallyFulfilled':
      case 'OccurrenceMissed':
      case 'OccurrenceWaived':
        await manager.query(
          `UPDATE commitment_occurrences SET updated_at = $3, updated_by = $4
            WHERE commitment_id = $1 AND period_key = $2`,
          [change.state.id, event.data.periodKey, change.at, change.actorId],
        );
        return;
      case 'EvidenceAdded': {
        const { evidenceId, periodKey, note, file } = event.data;
        await manager.query(
          `INSERT INTO commitment_evidence
             (id, commitment_id, period_key, note, file_name, media_type, size, sha256, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            evidenceId,
            change.state.id,
            periodKey,
            note,
            file?.name ?? null,
            file?.mediaType ?? null,
            file?.size ?? null,
            file?.sha256 ?? null,
            change.at,
            change.actorId,
          ],
        );
        return;
      }
      case 'CommitmentPlanned':
      case 'CommitmentEdited':
      case 'CommitmentCancelled':
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`Unhandled event ${JSON.stringify(unhandled)}`);
      }
    }
  }
}
