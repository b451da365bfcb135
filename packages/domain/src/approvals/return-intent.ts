/**
 * Why an approver sent an agreement back: both go back to editing, but a rejection and a
 * request for changes read differently in the history. `reject` and `request-changes` are
 * the actions that set them.
 */
export const RETURN_INTENTS = ['rejected', 'changes_requested'] as const;
export type ReturnIntent = (typeof RETURN_INTENTS)[number];

/** The intent each route name records when it sends an agreement back. */
const INTENT_BY_ACTION: Readonly<Record<string, ReturnIntent>> = {
  reject: 'rejected',
  'request-changes': 'changes_requested',
};

/** The intent `action` (a route name of AGREEMENT_ACTIONS) records, if it sends back. */
export function returnIntentOf(action: string): ReturnIntent | undefined {
  return INTENT_BY_ACTION[action];
}
