import type { UiLanguage } from '@concordat/domain';
import { SendEmailJob } from '../src/modules/notifications/jobs/send-email.job.js';
import { givenUser, type GivenUser } from './support/factories.js';
import { notify, reminder, setLanguage } from './support/notifications.js';
import { eventually, startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { TEST_APP_OPTIONS, startTestApp, type TestApp } from './support/test-app.js';

describe('notification mail through a real SMTP server', () => {
  let smtp: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({
      notifications: { ...TEST_APP_OPTIONS.notifications, smtpUrl: smtp.url },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const outboxState = async (to: string): Promise<string | undefined> => {
    const { rows } = await t.sql.query<{ state: string }>(
      `SELECT state FROM outbox_messages WHERE to_address = $1`,
      [to],
    );
    return rows[0]?.state;
  };

  const recipient = async (language: UiLanguage): Promise<GivenUser> => {
    const person = await givenUser(t, 'official');
    await setLanguage(t, person.user.id, language);
    return person;
  };

  it('sends each recipient one mail in their own language, UTF-8 intact', async () => {
    const people = {
      en: await recipient('en'),
      vi: await recipient('vi'),
      ru: await recipient('ru'),
      ja: await recipient('ja'),
    };
    const request = reminder(
      Object.values(people).map((p) => p.user.id),
      {
        kind: 'agreement.review_started',
        occurrence: '2031-12-31',
        params: {
          title: {
            en: 'Table tennis cooperation',
            vi: 'Hợp tác bóng bàn',
            ru: 'Сотрудничество в настольном теннисе',
            ja: '卓球協力',
          },
          dueAt: '2031-12-31',
        },
      },
    );

    await Promise.all([notify(t, request), notify(t, request)]);
    await eventually(async () => {
      const states = await Promise.all(Object.values(people).map((p) => outboxState(p.user.email)));
      return states.every((state) => state === 'sent');
    });

    const mailTo = (person: GivenUser) =>
      smtp.messages.filter(
        (mail) => mail.to !== undefined && JSON.stringify(mail.to).includes(person.user.email),
      );
    for (const person of Object.values(people)) expect(mailTo(person)).toHaveLength(1);
    const [vi] = mailTo(people.vi);
    const [ru] = mailTo(people.ru);
    const [ja] = mailTo(people.ja);
    const [en] = mailTo(people.en);
    expect(en?.subject).toBe('Review started: Table tennis cooperation');
    expect(en?.text).toContain('expires on December 31, 2031');
    expect(vi?.subject).toBe('Bắt đầu rà soát: Hợp tác bóng bàn');
    expect(vi?.text).toContain('Việc rà soát gia hạn đã tự động bắt đầu');
    expect(ru?.subject).toBe('Начат пересмотр: Сотрудничество в настольном теннисе');
    expect(ru?.text).toContain('Пересмотр для продления начат автоматически');
    expect(ja?.subject).toBe('見直し開始：卓球協力');
    expect(ja?.text).toContain('更新の見直しが自動的に開始されました');
    expect(ja?.text).toContain('2031年12月31日');
    expect(ja?.from?.text).toContain('no-reply@concordat.test');
  });

  it('does not send a mail twice when its job runs again after it was sent', async () => {
    const person = await recipient('en');
    await notify(t, reminder([person.user.id], { occurrence: 'retry-test' }));
    await eventually(async () => (await outboxState(person.user.email)) === 'sent');
    const { rows } = await t.sql.query<{ id: string }>(
      `SELECT id FROM outbox_messages WHERE to_address = $1`,
      [person.user.email],
    );

    // A redelivered job (pg-boss retries after a crash) finds the row sent and skips it.
    await t.app.get(SendEmailJob).send({ outboxId: rows[0]?.id ?? '' });
    await Promise.all([
      t.app.get(SendEmailJob).send({ outboxId: rows[0]?.id ?? '' }),
      t.app.get(SendEmailJob).send({ outboxId: rows[0]?.id ?? '' }),
    ]);

    const received = smtp.messages.filter((mail) =>
      JSON.stringify(mail.to).includes(person.user.email),
    );
    expect(received).toHaveLength(1);
    expect(received[0]?.messageId).toMatch(/@concordat>$/);
  });

  it('records a refused delivery and retries it until it is sent, once', async () => {
    const person = await recipient('ru');
    smtp.refuseOnce.add(person.user.email);

    await notify(t, reminder([person.user.id], { occurrence: 'refused-once' }));
    await eventually(async () => (await outboxState(person.user.email)) === 'sent');

    const { rows } = await t.sql.query<{ attempts: number; last_error: string | null }>(
      `SELECT attempts, last_error FROM outbox_messages WHERE to_address = $1`,
      [person.user.email],
    );
    expect(rows[0]?.attempts).toBe(2);
    expect(rows[0]?.last_error).toBeNull();
    const received = smtp.messages.filter((mail) =>
      JSON.stringify(mail.to).includes(person.user.email),
    );
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe(
      'Просрочено согласование: Сотрудничество в настольном теннисе',
    );
  });
});
