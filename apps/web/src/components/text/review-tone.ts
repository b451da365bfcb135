import type { ClauseReviewStatus } from '@concordat/domain';

type Tone = 'success' | 'warning' | 'primary' | 'info';

/** The colour of a clause's review status, the same on every page. */
export function reviewTone(status: ClauseReviewStatus | 'unreviewed'): Tone {
  switch (status) {
    case 'cleared':
      return 'success';
    case 'flagged':
      return 'warning';
    case 'proposed':
      return 'primary';
    case 'unreviewed':
      return 'info';
  }
}
