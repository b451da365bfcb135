import {
  type AgreementAction,
  type AgreementCommand,
  type AgreementState,
  agreementCommandSchemas,
  commandForAction,
  returnIntentOf,
} from '@concordat/domain';
import { parseInput } from '../../../../platform/validation/parse-input.js';
import { agreementNotFound } from '../../queries/agreement-not-found.js';

/**
 * The domain command an action names where the agreement stands, its body validated by
 * that command's schema (400 naming the fields). An absent body is an empty one.
 */
export function actionCommand(
  agreementId: string,
  action: AgreementAction,
  body: unknown,
  state: AgreementState,
): AgreementCommand {
  if (state.status === 'none') throw agreementNotFound(agreementId);
  const type = commandForAction(action, state);
  const parsed: unknown = parseInput(agreementCommandSchemas[type], body ?? {});
  // `reject` and `request-changes` run the same command; the route name says which it was.
  const intent = returnIntentOf(action);
  const data = intent === undefined ? parsed : { ...(parsed as object), intent };
  // The schema just parsed the payload of exactly this command type, so the pair is sound.
  return { type, data } as AgreementCommand;
}
