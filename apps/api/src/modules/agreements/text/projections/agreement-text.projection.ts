import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AgreementEvent,
  type AgreementText,
  canonicalText,
  EMPTY_TEXT,
  type ExistingAgreementState,
  type TextProposer,
  textHash,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * Keeps agreement_text_versions and agreement_clause_reviews in step with the log, in the
 * transaction that appended `events`; `state` is the agreement after them. Who and when
 * come from the append, since the fold does not keep them.
 */
@Injectable()
export class AgreementTextProjection {
  async apply(
    manager: EntityManager,
    events: readonly AgreementEvent[],
    state: ExistingAgreementState,
    actorId: string,
    now: string,
  ): Promise<void> {
    const write = new TextRows(manager, state.id, actorId, now);
    for (const event of events) {
      switch (event.type) {
        case 'AgreementTextEdited':
          await write.version(0, 'ours', event.data.text);
          break;
        case 'NegotiationStarted':
        case 'NegotiationRoundOpened': {
          const version = state.text.versions.find(({ round }) => round === state.round);
          if (version !== undefined)
            await write.version(version.round, version.proposedBy, version.text);
          await write.keepReviewsOf(Object.keys(state.text.reviews));
          break;
        }
        case 'ClauseReviewed':
          await write.review(event.data);
          break;
        case 'TextFinalised':
          await write.finalised(state, event.data.textHash);
          break;
        default:
          break;
      }
    }
  }
}

class TextRows {
  constructor(
    private readonly manager: EntityManager,
    private readonly agreementId: string,
    private readonly actorId: string,
    private readonly now: string,
  ) {}

  async version(round: number, proposedBy: TextProposer, text: AgreementText): Promise<void> {
    await this.manager.query(
      `INSERT INTO agreement_text_versions
         (agreement_id, round, proposed_by, languages, clauses, text_hash, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (agreement_id, round) DO UPDATE SET
         proposed_by = EXCLUDED.proposed_by, languages = EXCLUDED.languages,
         clauses = EXCLUDED.clauses, text_hash = EXCLUDED.text_hash,
         recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
      [
        this.agreementId,
        round,
        proposedBy,
        JSON.stringify(text.languages),
        JSON.stringify(text.clauses),
        textHash(text),
        this.now,
        this.actorId,
      ],
    );
  }

  /** A new round drops the reviews of clauses that changed or went away. */
  async keepReviewsOf(clauseKeys: readonly string[]): Promise<void> {
    await this.manager.query(
      `DELETE FROM agreement_clause_reviews WHERE agreement_id = $1 AND NOT (clause_key = ANY ($2))`,
      [this.agreementId, clauseKeys],
    );
  }

  async review(data: Extract<AgreementEvent, { type: 'ClauseReviewed' }>['data']): Promise<void> {
    await this.manager.query(
      `INSERT INTO agreement_clause_reviews
         (agreement_id, clause_key, round, status, comment, wording, reviewed_by, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (agreement_id, clause_key) DO UPDATE SET
         round = EXCLUDED.round, status = EXCLUDED.status, comment = EXCLUDED.comment,
         wording = EXCLUDED.wording, reviewed_by = EXCLUDED.reviewed_by,
         reviewed_at = EXCLUDED.reviewed_at`,
      [
        this.agreementId,
        data.clauseKey,
        data.round,
        data.status,
        data.comment,
        data.wording === null ? null : JSON.stringify(data.wording),
        this.actorId,
        this.now,
      ],
    );
  }

  /**
   * Marks the round that was finalised. The hash is checked once more here with
   * node:crypto, independently of the domain's SHA-256: a mismatch is a bug, and it rolls
   * the whole command back rather than record a hash nobody can reproduce.
   */
  async finalised(state: ExistingAgreementState, recorded: string): Promise<void> {
    const version = state.text.versions.find(({ round }) => round === state.round);
    const canonical = canonicalText(version?.text ?? EMPTY_TEXT);
    const independent = createHash('sha256').update(canonical, 'utf8').digest('hex');
    if (independent !== recorded) {
      throw new Error(`The recorded text hash ${recorded} is not the SHA-256 ${independent}`);
    }
    await this.manager.query(
      `UPDATE agreement_text_versions SET finalised_hash = $3 WHERE agreement_id = $1 AND round = $2`,
      [this.agreementId, state.round, recorded],
    );
  }
}
