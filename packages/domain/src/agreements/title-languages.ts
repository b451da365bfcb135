import type { AgreementState } from './agreement.state.js';
import { currentVersion } from './text/text.rules.js';

/**
 * The languages of an agreement's title in the order to show them when the UI language is
 * not among them: as the user gave them (recorded in the events since `titleLanguages`
 * exists), else in the order of the agreement's text languages, else alphabetically. Never
 * the title's key order: jsonb reorders keys, so that would change after a round trip.
 */
export function titleLanguagesOf(state: Exclude<AgreementState, { status: 'none' }>): string[] {
  const { title, titleLanguages } = state.details;
  const text = currentVersion(state.text)?.text ?? state.text.draft;
  const textLanguages = text?.languages.map((language) => language.tag) ?? [];
  const order = [...(titleLanguages ?? []), ...textLanguages, ...Object.keys(title).sort()];
  return [...new Set(order)].filter((language) => language in title);
}
