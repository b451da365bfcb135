import {
  type Actor,
  type AgreementDetailView,
  type AgreementPosition,
  type AgreementView,
  allowedActions,
  drafterInView,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { readTextWithAmendments } from './amended-text.js';
import { agreementNotFound } from './agreement-not-found.js';
import { readAmendments } from '../projections/agreement-amendments.projection.js';
import {
  AGREEMENT_COLUMNS,
  AGREEMENT_FROM,
  type AgreementRow,
  toAgreementView,
} from './agreement-row.js';

/** One agreement from the read model; pass the transaction to see its own writes. */
export async function readAgreementView(
  manager: EntityManager,
  id: string,
): Promise<AgreementView> {
  const rows = await manager.query<AgreementRow[]>(
    `SELECT ${AGREEMENT_COLUMNS} ${AGREEMENT_FROM} WHERE a.id = $1`,
    [id],
  );
  const row = rows[0];
  if (row === undefined) throw agreementNotFound(id);
  return toAgreementView(row);
}

/** The view plus what `actor` may do next, read from the domain's tables. */
export function withAllowedActions(
  view: AgreementView,
  actor: Actor,
  drafter: string = view.createdBy.id,
): Omit<AgreementDetailView, 'text' | 'amendments' | 'textInForce'> {
  const standing = {
    ...({ status: view.status, step: view.step } as AgreementPosition),
    createdBy: drafter,
  };
  return { ...view, allowedActions: allowedActions(standing, actor) };
}

/** Who proposed the review decision awaiting approval, if one does. */
async function reviewProposerOf(
  manager: EntityManager,
  agreement: AgreementView,
): Promise<string | undefined> {
  if (agreement.step !== 'awaiting_decision') return undefined;
  const rows = await manager.query<Array<{ proposed_by: string | null }>>(
    `SELECT run->'proposal'->>'proposedBy' AS proposed_by FROM agreement_approvals
      WHERE agreement_id = $1 AND purpose = 'review' AND outcome IS NULL`,
    [agreement.id],
  );
  return rows[0]?.proposed_by ?? undefined;
}

/** What `GET /api/agreements/{id}` and every command answer: the view, its actions and its text. */
export async function readAgreementDetail(
  manager: EntityManager,
  id: string,
  actor: Actor,
): Promise<AgreementDetailView> {
  const agreement = await readAgreementView(manager, id);
  const { amendments, inForceRound } = await readAmendments(manager, id);
  // Four eyes: while an amendment runs, its proposer is the one who may not approve it;
  // while a review decision awaits approval, whoever proposed it.
  const drafter =
    (await reviewProposerOf(manager, agreement)) ??
    drafterInView({ createdBy: agreement.createdBy, amendments });
  return {
    ...withAllowedActions(agreement, actor, drafter),
    ...(await readTextWithAmendments(manager, id, amendments, inForceRound)),
    amendments,
  };
}
