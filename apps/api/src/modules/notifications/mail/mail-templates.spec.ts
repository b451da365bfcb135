import { renderMail } from './mail-templates.js';

/** The title jsonb hands back: keys reordered ("ja" before "vi"), English missing. */
const title = { ja: 'スポーツ協力覚書', vi: 'Bản ghi nhớ hợp tác' };
const link = 'http://concordat.test/agreements/a1';

describe('mail titles', () => {
  it('use the reader’s language when the title has it', () => {
    const mail = renderMail(
      'agreement.review_started',
      { title, titleLanguages: ['vi', 'ja'], dueAt: '2027-01-15' },
      'ja',
      link,
    );
    expect(mail.subject).toContain('スポーツ協力覚書');
  });

  it('else follow the agreement’s order of languages, in the subject and in a digest’s lines', () => {
    const mail = renderMail(
      'agreement.review_started',
      { title, titleLanguages: ['vi', 'ja'], dueAt: '2027-01-15' },
      'en',
      link,
    );
    expect(mail.subject).toContain('Bản ghi nhớ hợp tác');
    expect(mail.body).not.toContain('スポーツ協力覚書');
    const digest = renderMail(
      'commitment.overdue_digest',
      {
        items: [
          {
            commitmentId: 'c1',
            agreementId: 'a1',
            title: { ja: '代表団の受け入れ', vi: 'Đón đoàn' },
            titleLanguages: ['vi', 'ja'],
            dueOn: '2026-08-30',
          },
        ],
      },
      'ru',
      link,
    );
    expect(digest.body).toContain('• Đón đoàn (30 августа 2026 г.)');
  });
});
