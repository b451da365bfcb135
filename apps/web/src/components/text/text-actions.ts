import type { AgreementAction } from '@concordat/domain';

/**
 * Actions that work on the text and have pages of their own (the editor and the clause
 * review), rather than a dialog among the agreement's action buttons.
 */
export const TEXT_PAGE_ACTIONS: readonly AgreementAction[] = [
  'edit-text',
  'add-round',
  'review-clause',
];

export function isTextPageAction(action: AgreementAction): boolean {
  return TEXT_PAGE_ACTIONS.includes(action);
}
