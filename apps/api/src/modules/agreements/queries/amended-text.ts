import type { AgreementTextView, AmendmentView, TextVersionView } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import {
  readAgreementText,
  readVersionRows,
  toVersionView,
} from '../text/queries/text-version-rows.js';

/**
 * The text of an agreement and its consolidated text in force. The text's `current` is
 * the latest version, except when no amendment runs and the latest is a withdrawn
 * amendment's round: then the text in force is current again, as the fold says.
 */
export async function readTextWithAmendments(
  manager: EntityManager,
  id: string,
  amendments: readonly AmendmentView[],
  inForceRound: number | null,
): Promise<{ text: AgreementTextView; textInForce: TextVersionView | null }> {
  const text = await readAgreementText(manager, id);
  if (inForceRound === null) return { text, textInForce: null };
  if (text.current?.round === inForceRound) return { text, textInForce: text.current };
  // An agreement signed without a written text has the empty text in force, which has no version.
  const [row] = await readVersionRows(manager, id, [inForceRound]);
  const textInForce = row === undefined ? null : toVersionView(row);
  const amending = amendments.some((amendment) => amendment.status === 'in_progress');
  return { text: amending ? text : { ...text, current: textInForce }, textInForce };
}
