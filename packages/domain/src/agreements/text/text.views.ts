import type { LocalizedText } from '../../shared/localized-text.js';
import type { UserRef } from '../agreement.views.js';
import type { ClauseReviewStatus, TextLanguage, TextProposer } from './text.model.js';

/** The text as the api answers it and the web shows it. */

export interface ClauseReviewView {
  status: ClauseReviewStatus;
  round: number;
  comment: string | null;
  wording: LocalizedText | null;
  reviewedBy: UserRef;
  reviewedAt: string;
}

export interface ClauseView {
  key: string;
  /** 1-based position in its version. */
  number: number;
  title: LocalizedText;
  text: LocalizedText;
  /** Legal's review, on the current version only; null until reviewed or once changed. */
  review: ClauseReviewView | null;
}

/** One version of the text: the draft (round 0) or a negotiation round. */
export interface TextVersionView {
  round: number;
  proposedBy: TextProposer;
  languages: TextLanguage[];
  clauses: ClauseView[];
  /** SHA-256 of the canonical form of this version (docs/text.md). */
  textHash: string;
  /** Set when this version was finalised, to the hash recorded then. */
  finalisedHash: string | null;
  recordedAt: string;
  recordedBy: UserRef;
}

export type TextVersionSummary = Omit<TextVersionView, 'languages' | 'clauses'> & {
  clauseCount: number;
};

/** The text part of `GET /api/agreements/{id}`. */
export interface AgreementTextView {
  /** The draft text while drafting, else the latest round with its reviews; null if none yet. */
  current: TextVersionView | null;
  /** The negotiation rounds, oldest first (the draft is not among them). */
  versions: TextVersionSummary[];
}

export type WordChangeKind = 'added' | 'removed' | 'same';
export interface WordChange {
  value: string;
  change: WordChangeKind;
}

export type ClauseChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ClauseLanguageDiff {
  changed: boolean;
  title: WordChange[];
  text: WordChange[];
}

export interface ClauseDiffView {
  key: string;
  /** Its number in the older version, null when added. */
  fromNumber: number | null;
  /** Its number in the newer version, null when removed. */
  toNumber: number | null;
  change: ClauseChangeKind;
  /** By language tag, for every language of either version. */
  languages: Record<string, ClauseLanguageDiff>;
}

/** `GET /api/agreements/{id}/versions/{a}/diff/{b}`. */
export interface TextDiffView {
  from: TextVersionSummary;
  to: TextVersionSummary;
  languages: string[];
  clauses: ClauseDiffView[];
  summary: Record<ClauseChangeKind, number>;
}
