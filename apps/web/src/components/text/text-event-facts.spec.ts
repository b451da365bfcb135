import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { anEvent } from '@/test/fixtures';
import { textEventFacts } from './text-event-facts';

describe('text events in the timeline', () => {
  const { t } = createAppI18n('vi').global;

  it('names the clause and the verdict of a review', () => {
    const event = anEvent({
      type: 'ClauseReviewed',
      data: { clauseKey: 'delegations', number: 2, round: 3, status: 'flagged', comment: 'x' },
    });
    expect(textEventFacts(event, t)).toEqual([
      { label: 'Điều khoản', value: 'Điều 2 · Cần xem lại' },
    ]);
  });

  it('names who proposed a round, and nothing for other events', () => {
    const round = anEvent({
      type: 'NegotiationRoundOpened',
      data: { round: 2, proposedBy: 'partner' },
    });
    expect(textEventFacts(round, t)).toEqual([
      { label: 'Bên đề xuất', value: 'đề xuất của đối tác' },
    ]);
    expect(textEventFacts(anEvent(), t)).toEqual([]);
  });
});
