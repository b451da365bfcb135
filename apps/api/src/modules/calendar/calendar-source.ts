import type { LocalizedText, UiLanguage, UserRef } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/** One dated thing the user must act on, as the feed shows it. */
export interface CalendarEntry {
  /** Stable across feeds, so a calendar client updates the event instead of adding one. */
  uid: string;
  kind: CalendarEntryKind;
  title: LocalizedText;
  /** The agreement's title languages in its order: the title after the reader's language. */
  titleLanguages: string[];
  /** An ISO date (all-day) or an ISO moment. */
  at: string;
  agreementId: string;
  /** 1-based approval step, for approval deadlines. */
  step?: number;
  /** Where a commitment's occurrence stands, for commitments due. */
  status?: CalendarCommitmentStatus;
}

export type CalendarEntryKind = 'review_due' | 'expires' | 'approval_due' | 'commitment_due';

/** An open occurrence as the feed shows it: overdue is derived from the clock's day. */
export type CalendarCommitmentStatus = 'planned' | 'in_progress' | 'overdue';

export interface CalendarReader {
  user: UserRef;
  language: UiLanguage;
}

/**
 * A kind of date that goes into a user's calendar feed. Adding one is a class implementing
 * this, listed in CalendarModule's CALENDAR_SOURCES.
 */
export interface CalendarSource {
  readonly name: string;
  entries(manager: EntityManager, reader: CalendarReader, now: Date): Promise<CalendarEntry[]>;
}

export const CALENDAR_SOURCES = Symbol('CalendarSources');
