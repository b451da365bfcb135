import {
  transitionFor,
  type AgreementCommandType,
  type AgreementPosition,
} from '@concordat/domain';

/**
 * Where the texts of a command's button and dialog live. Under review, renewing, letting
 * expire and terminating only propose the decision (the review approval policy takes it),
 * so there they read "Propose: …"; the lifecycle table says where that is the case.
 */
export function actionTextKey(command: AgreementCommandType, position: AgreementPosition): string {
  const proposes = transitionFor(command, position)?.event === 'ReviewDecisionProposed';
  return `agreements.actions.${proposes ? 'proposals' : 'commands'}.${command}`;
}
