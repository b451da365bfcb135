import type { AgreementTextView, TextDiffView, TextVersionView, UserRef } from '@concordat/domain';

export const legal: UserRef = {
  id: 'u-legal',
  name: 'Trần Minh Đức',
  email: 'legal@concordat.demo',
  role: 'legal',
};

/** Round 2, the partner's proposal: clause 1 cleared, clause 2 changed and not reviewed. */
export function aRound(overrides: Partial<TextVersionView> = {}): TextVersionView {
  return {
    round: 2,
    proposedBy: 'partner',
    languages: [
      { tag: 'vi', authentic: true },
      { tag: 'ja', authentic: true },
    ],
    clauses: [
      {
        key: 'purpose',
        number: 1,
        title: { vi: 'Mục đích', ja: '目的' },
        text: { vi: 'Hai bên hợp tác.', ja: '両者は協力する。' },
        review: {
          status: 'cleared',
          round: 1,
          comment: null,
          wording: null,
          reviewedBy: legal,
          reviewedAt: '2026-11-21T09:00:00.000Z',
        },
      },
      {
        key: 'delegations',
        number: 2,
        title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
        text: { vi: 'Mỗi năm hai lần.', ja: '年に二度。' },
        review: null,
      },
    ],
    textHash: 'a'.repeat(64),
    finalisedHash: null,
    recordedAt: '2026-11-22T09:00:00.000Z',
    recordedBy: legal,
    ...overrides,
  };
}

export function aTextView(current: TextVersionView | null = aRound()): AgreementTextView {
  const summary = (round: number, proposedBy: 'ours' | 'partner') => ({
    round,
    proposedBy,
    textHash: 'a'.repeat(64),
    finalisedHash: null,
    recordedAt: '2026-11-22T09:00:00.000Z',
    recordedBy: legal,
    clauseCount: 2,
  });
  return { current, versions: [summary(1, 'ours'), summary(2, 'partner')] };
}

export function aDiff(): TextDiffView {
  const [from, to] = aTextView().versions;
  if (!from || !to) throw new Error('two versions');
  return {
    from,
    to,
    languages: ['vi', 'ja'],
    summary: { added: 0, removed: 0, changed: 1, unchanged: 1 },
    clauses: [
      {
        key: 'purpose',
        fromNumber: 1,
        toNumber: 1,
        change: 'unchanged',
        languages: {
          vi: { changed: false, title: [{ value: 'Mục đích', change: 'same' }], text: [] },
          ja: { changed: false, title: [{ value: '目的', change: 'same' }], text: [] },
        },
      },
      {
        key: 'delegations',
        fromNumber: 2,
        toNumber: 2,
        change: 'changed',
        languages: {
          vi: {
            changed: true,
            title: [{ value: 'Trao đổi đoàn', change: 'same' }],
            text: [
              { value: 'Mỗi năm ', change: 'same' },
              { value: 'một', change: 'removed' },
              { value: 'hai', change: 'added' },
              { value: ' lần.', change: 'same' },
            ],
          },
          ja: {
            changed: true,
            title: [{ value: '代表団の交流', change: 'same' }],
            text: [
              { value: '年に', change: 'same' },
              { value: '一度', change: 'removed' },
              { value: '二度', change: 'added' },
              { value: '。', change: 'same' },
            ],
          },
        },
      },
    ],
  };
}
