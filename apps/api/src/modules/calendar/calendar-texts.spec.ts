import type { CalendarEntry } from './calendar-source.js';
import { summaryOf } from './calendar-texts.js';

/** The title jsonb hands back: keys reordered ("ja" before "vi"), English missing. */
const entry = (titleLanguages: string[]): CalendarEntry => ({
  uid: 'review-a1@concordat',
  kind: 'review_due',
  title: { ja: 'スポーツ協力覚書', ru: 'Меморандум о сотрудничестве', vi: 'Bản ghi nhớ hợp tác' },
  titleLanguages,
  at: '2027-01-15',
  agreementId: 'a1',
});

describe('calendar event titles', () => {
  it('use the reader’s language when the title has it', () => {
    expect(summaryOf(entry(['vi', 'ru', 'ja']), 'ru')).toBe(
      'Срок пересмотра: Меморандум о сотрудничестве',
    );
  });

  it('else follow the agreement’s order of languages, not the stored key order', () => {
    expect(summaryOf(entry(['vi', 'ru', 'ja']), 'en')).toBe('Review due: Bản ghi nhớ hợp tác');
    expect(summaryOf(entry(['ru', 'vi', 'ja']), 'en')).toBe(
      'Review due: Меморандум о сотрудничестве',
    );
  });
});
