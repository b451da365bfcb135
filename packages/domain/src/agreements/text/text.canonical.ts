import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { LocalizedText } from '../../shared/localized-text.js';
import { sameJson } from '../../shared/same-json.js';
import type { AgreementText, Clause } from './text.model.js';

/**
 * The canonical form of an agreement text, whose SHA-256 FinaliseText records and every
 * signatory signs. Anyone can recompute it from the text alone:
 *
 * - JSON without whitespace, object keys in ascending code-unit order (as RFC 8785 orders
 *   them): `{"clauses":[…],"format":"concordat.text/1","languages":[…]}`;
 * - languages sorted by tag, each `{"authentic":…,"tag":…}`;
 * - clauses in their order, each `{"number":n,"text":{…},"title":{…}}` with n from 1, the
 *   per-language maps holding exactly the declared languages, sorted by tag; clause keys
 *   are left out, since they identify a clause in the editor and are not part of the text;
 * - every string in Unicode NFC, so a text typed on a system that composes Vietnamese
 *   diacritics differently (NFD) hashes the same: the hash identifies the text as read,
 *   while the stored text stays byte for byte as it was given;
 * - the hash is SHA-256 of the UTF-8 bytes of that JSON, as 64 lowercase hex digits.
 *
 * docs/text.md says the same for readers outside the code.
 */
export const CANONICAL_TEXT_FORMAT = 'concordat.text/1';

export function canonicalText(text: AgreementText): string {
  const tags = text.languages.map((language) => language.tag).sort(byCodeUnits);
  const languages = [...text.languages]
    .sort((a, b) => byCodeUnits(a.tag, b.tag))
    .map((language) => ({ authentic: language.authentic, tag: nfc(language.tag) }));
  const clauses = text.clauses.map((clause, index) => ({
    number: index + 1,
    text: perLanguage(clause.text, tags),
    title: perLanguage(clause.title, tags),
  }));
  return JSON.stringify({ clauses, format: CANONICAL_TEXT_FORMAT, languages });
}

/** SHA-256 of the canonical form, 64 lowercase hex digits. */
export function textHash(text: AgreementText): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalText(text))));
}

/**
 * Whether two clauses say the same thing in every language, by the canonical form (NFC):
 * what decides if a cleared clause keeps its clearance into a new round.
 */
export function sameClauseContent(a: Clause, b: Clause): boolean {
  const tags = [...new Set([...Object.keys(a.text), ...Object.keys(a.title)])].sort(byCodeUnits);
  const otherTags = [...new Set([...Object.keys(b.text), ...Object.keys(b.title)])].sort(
    byCodeUnits,
  );
  if (tags.join('\n') !== otherTags.join('\n')) return false;
  return (
    JSON.stringify([perLanguage(a.title, tags), perLanguage(a.text, tags)]) ===
    JSON.stringify([perLanguage(b.title, tags), perLanguage(b.text, tags)])
  );
}

/**
 * SHA-256 of one clause's canonical content (title and text in every language it has, NFC,
 * tags sorted; neither key nor number): the clause's fingerprint, equal for two clauses
 * exactly when sameClauseContent holds.
 */
export function clauseFingerprint(clause: Clause): string {
  const tags = [...new Set([...Object.keys(clause.text), ...Object.keys(clause.title)])].sort(
    byCodeUnits,
  );
  const canonical = JSON.stringify({
    text: perLanguage(clause.text, tags),
    title: perLanguage(clause.title, tags),
  });
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/**
 * Whether two texts are the same byte for byte, whatever order their object keys are in:
 * a text read back from the store (jsonb reorders keys) equals the text as it was sent.
 */
export function sameText(a: AgreementText | null, b: AgreementText | null): boolean {
  return sameJson(a, b);
}

/** The declared languages' strings, in tag order; a missing one is left out. */
function perLanguage(value: LocalizedText, tags: readonly string[]): LocalizedText {
  const out: LocalizedText = {};
  for (const tag of tags) {
    const text = value[tag];
    if (text !== undefined) out[tag] = nfc(text);
  }
  return out;
}

function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Code-unit order, as RFC 8785 sorts keys; unlike localeCompare it never depends on a locale. */
function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
