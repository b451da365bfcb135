/**
 * Why an approver sent an agreement back: both go back to editing, but a rejection and a
 * request for changes read differently in the history. `reject` and `request-changes` are
 * the actions that set them.
 */
export const RETURN_INTENTS = ['rejected', 'changes_requested'] as const;
export type ReturnIntent = (typeof RETURN_INTENTS)[number];
