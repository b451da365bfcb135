import type {
  ClauseChangeKind,
  ClauseDiffView,
  ClauseLanguageDiff,
  LocalizedText,
  TextVersionView,
  WordChange,
} from '@concordat/domain';
import { diffWords } from 'diff';

/**
 * The clause-level diff of two versions, per language, with word-level changes. Clauses
 * are matched by key (their identity across rounds), so a moved clause is "changed" only if
 * its words changed. Words are found with Intl.Segmenter for each language, so Japanese,
 * which has no spaces, still diffs word by word rather than sentence by sentence.
 */
export function diffVersions(from: TextVersionView, to: TextVersionView) {
  const languages = [
    ...new Set([...from.languages, ...to.languages].map((language) => language.tag)),
  ];
  const before = new Map(from.clauses.map((clause) => [clause.key, clause]));
  const after = new Map(to.clauses.map((clause) => [clause.key, clause]));
  const clauses: ClauseDiffView[] = [];

  // The newer version's order, each removed clause placed after the one it followed.
  const removedAfter = new Map<string | null, string[]>();
  let previous: string | null = null;
  for (const clause of from.clauses) {
    if (!after.has(clause.key)) {
      removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), clause.key]);
    } else previous = clause.key;
  }
  const order = [...(removedAfter.get(null) ?? [])];
  for (const clause of to.clauses) order.push(clause.key, ...(removedAfter.get(clause.key) ?? []));

  for (const key of order) {
    const old = before.get(key);
    const now = after.get(key);
    const perLanguage: Record<string, ClauseLanguageDiff> = {};
    for (const tag of languages) {
      perLanguage[tag] = diffLanguage(tag, old?.title, now?.title, old?.text, now?.text);
    }
    const anyChange = Object.values(perLanguage).some((language) => language.changed);
    const change: ClauseChangeKind =
      old === undefined
        ? 'added'
        : now === undefined
          ? 'removed'
          : anyChange
            ? 'changed'
            : 'unchanged';
    clauses.push({
      key,
      fromNumber: old?.number ?? null,
      toNumber: now?.number ?? null,
      change,
      languages: perLanguage,
    });
  }
  const summary: Record<ClauseChangeKind, number> = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
  };
  for (const clause of clauses) summary[clause.change] += 1;
  return { languages, clauses, summary };
}

function diffLanguage(
  tag: string,
  oldTitle: LocalizedText | undefined,
  newTitle: LocalizedText | undefined,
  oldText: LocalizedText | undefined,
  newText: LocalizedText | undefined,
): ClauseLanguageDiff {
  const title = diffWordsIn(tag, oldTitle?.[tag] ?? '', newTitle?.[tag] ?? '');
  const text = diffWordsIn(tag, oldText?.[tag] ?? '', newText?.[tag] ?? '');
  const changed = [...title, ...text].some((word) => word.change !== 'same');
  return { changed, title, text };
}

/** Word-level changes; equal strings (after NFC, as the canonical form compares) are all "same". */
export function diffWordsIn(tag: string, before: string, after: string): WordChange[] {
  if (before.normalize('NFC') === after.normalize('NFC')) {
    return after === '' ? [] : [{ value: after, change: 'same' }];
  }
  const changes = diffWords(before.normalize('NFC'), after.normalize('NFC'), {
    intlSegmenter: segmenterFor(tag),
  });
  return changes.map((part) => ({
    value: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(tag: string): Intl.Segmenter {
  let segmenter = segmenters.get(tag);
  if (segmenter === undefined) {
    // An unknown tag falls back to the root locale's word rules rather than failing.
    const locale = Intl.Segmenter.supportedLocalesOf([tag])[0] ?? 'und';
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(tag, segmenter);
  }
  return segmenter;
}
