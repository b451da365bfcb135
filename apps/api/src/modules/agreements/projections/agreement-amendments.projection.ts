import { Injectable } from '@nestjs/common';
import {
  type AmendmentView,
  type ExistingAgreementState,
  amendmentsViewOf,
  inForceRoundOf,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * Keeps `agreement_amendments` in step with the log: the amendment chain, the amendment
 * running and the round of the text in force, written whole from the folded state in the
 * transaction that appended the events.
 */
@Injectable()
export class AgreementAmendmentsProjection {
  async apply(manager: EntityManager, state: ExistingAgreementState): Promise<void> {
    await manager.query(
      `INSERT INTO agreement_amendments (agreement_id, view, in_force_round)
       VALUES ($1, $2, $3)
       ON CONFLICT (agreement_id) DO UPDATE SET
         view = EXCLUDED.view, in_force_round = EXCLUDED.in_force_round`,
      [state.id, JSON.stringify(amendmentsViewOf(state)), inForceRoundOf(state)],
    );
  }
}

export interface AmendmentsRow {
  amendments: AmendmentView[];
  inForceRound: number | null;
}

/** The amendments of one agreement; none for an agreement the projection has not written yet. */
export async function readAmendments(manager: EntityManager, id: string): Promise<AmendmentsRow> {
  const rows = await manager.query<{ view: AmendmentView[]; in_force_round: number | null }[]>(
    `SELECT view, in_force_round FROM agreement_amendments WHERE agreement_id = $1`,
    [id],
  );
  const row = rows[0];
  return {
    amendments: await withWithdrawerNames(manager, row?.view ?? []),
    inForceRound: row?.in_force_round ?? null,
  };
}

/** The chain with the name of whoever withdrew each withdrawn amendment (the log keeps ids). */
export async function withWithdrawerNames(
  manager: EntityManager,
  amendments: AmendmentView[],
): Promise<AmendmentView[]> {
  const ids = [...new Set(amendments.flatMap((amendment) => amendment.withdrawal?.by ?? []))];
  if (ids.length === 0) return amendments;
  const users = await manager.query<{ id: string; name: string }[]>(
    `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const names = new Map(users.map((user) => [user.id, user.name]));
  return amendments.map((amendment) => {
    const byName = amendment.withdrawal?.by ? names.get(amendment.withdrawal.by) : undefined;
    if (amendment.withdrawal === null || byName === undefined) return amendment;
    return { ...amendment, withdrawal: { ...amendment.withdrawal, byName } };
  });
}
