import type { AgreementView, CommitmentDetailView, OverdueItem } from '@concordat/domain';
import { SendRemindersJob } from '../src/modules/reminders/jobs/send-reminders.job.js';
import { givenCommitment, givenPartneredAgreement, runOn } from './support/commitment-factories.js';
import { givenUser, signedInAs, type GivenUser, type SignedIn } from './support/factories.js';
import { setLanguage } from './support/notifications.js';
import { onOtherInstance } from './support/other-instance.js';
import { eventually, startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { TestClock } from './support/test-clock.js';
import { TEST_APP_OPTIONS, startTestApp, type TestApp } from './support/test-app.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('commitment reminders driven by the test clock', () => {
  const clock = new TestClock('2026-02-01T08:00:00.000Z');
  let smtp: SmtpSink;
  let t: TestApp;
  let manager: SignedIn;
  let agreement: AgreementView;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({
      clock,
      sessionTtlMs: 10 * YEAR_MS,
      notifications: { ...TEST_APP_OPTIONS.notifications, smtpUrl: smtp.url },
    });
    manager = await signedInAs(t, 'manager');
    agreement = await givenPartneredAgreement(t, manager);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const sendReminders = () => t.app.get(SendRemindersJob).run();

  /** A commitment due once on `dueOn`, owned by `owner`, planned by the manager. */
  const dueOnce = (owner: GivenUser, dueOn: string, en = 'Host the delegation') =>
    givenCommitment(t, manager, agreement, {
      ownerId: owner.user.id,
      title: { en, vi: 'Đón đoàn', ja: '代表団の受け入れ' },
      schedule: { kind: 'once', dueOn },
    });

  /** The occurrences (dedupe occurrence part) and recipients of one kind about a subject. */
  const reminded = async (subjectId: string): Promise<string[]> => {
    const { rows } = await t.sql.query<{ line: string }>(
      `SELECT split_part(dedupe_key, '|', 3) || ' ' || recipient_id AS line FROM notifications
        WHERE kind = 'commitment.due_soon' AND subject_id = $1 ORDER BY created_at, line`,
      [subjectId],
    );
    return rows.map((row) => row.line);
  };

  const digestsOf = async (
    userId: string,
  ): Promise<Array<{ day: string; items: OverdueItem[] }>> => {
    const { rows } = await t.sql.query<{ day: string; params: { items: OverdueItem[] } }>(
      `SELECT split_part(dedupe_key, '|', 3) AS day, params FROM notifications
        WHERE kind = 'commitment.overdue_digest' AND recipient_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows.map((row) => ({ day: row.day, items: row.params.items }));
  };

  // First: the queue's worker sends about one mail per poll, so mail from the other
  // cases would be still queued ahead of this one.
  it('mails the owner in their own language: the reminder and the digest', async () => {
    clock.set('2026-09-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    await setLanguage(t, owner.user.id, 'ja');
    await dueOnce(owner, '2026-09-08');
    await dueOnce(owner, '2026-08-30', 'Send the report');

    await sendReminders();
    const mailTo = () =>
      smtp.messages.filter((mail) => JSON.stringify(mail.to).includes(owner.user.email));
    await eventually(() => mailTo().length >= 2);
    const mails = mailTo();
    expect(mails).toHaveLength(2);
    const reminder = mails.find((mail) => mail.subject?.startsWith('約束事項の期限まで'));
    expect(reminder?.subject).toBe('約束事項の期限まであと7日：代表団の受け入れ');
    expect(reminder?.text).toContain('2026年9月8日');
    // The link opens the agreement at the commitment's row in its commitments panel.
    expect(reminder?.text).toMatch(
      new RegExp(
        `http://concordat\\.test/agreements/${agreement.id}\\?commitment=[0-9a-f-]{36}#commitments\n`,
      ),
    );
    const digest = mails.find((mail) => mail.subject?.startsWith('期限を過ぎた'));
    expect(digest?.subject).toBe('期限を過ぎた約束事項：1件');
    expect(digest?.text).toContain('• 代表団の受け入れ (2026年8月30日)');
    expect(digest?.text).toContain(
      `http://concordat.test/commitments?owner=${owner.user.id}&overdue=true`,
    );
  });

  it('reminds the owner 30, 7 and 1 days before, each once, however often and concurrently the job runs', async () => {
    clock.set('2026-02-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    const commitment = await dueOnce(owner, '2026-03-15');
    const at = (threshold: string) => `${commitment.id}:2026-03-15:${threshold} ${owner.user.id}`;

    clock.set('2026-02-12T23:59:00.000Z');
    await sendReminders();
    expect(await reminded(commitment.id)).toEqual([]);

    clock.set('2026-02-13T00:01:00.000Z');
    await Promise.all([sendReminders(), sendReminders()]);
    await sendReminders();
    expect(await reminded(commitment.id)).toEqual([at('d30')]);

    clock.set('2026-03-07T12:00:00.000Z');
    await sendReminders();
    expect(await reminded(commitment.id)).toEqual([at('d30')]);

    clock.set('2026-03-08T06:00:00.000Z');
    await Promise.all([sendReminders(), sendReminders()]);
    await sendReminders();
    expect(await reminded(commitment.id)).toEqual([at('d30'), at('d7')]);

    clock.set('2026-03-14T06:00:00.000Z');
    await Promise.all([sendReminders(), sendReminders()]);
    clock.set('2026-03-15T06:00:00.000Z');
    await sendReminders();
    expect(await reminded(commitment.id)).toEqual([at('d30'), at('d7'), at('d1')]);

    const { rows } = await t.sql.query<{ params: { days: number; dueAt: string } }>(
      `SELECT params FROM notifications WHERE subject_id = $1 AND dedupe_key LIKE '%:d7|%'`,
      [commitment.id],
    );
    expect(rows[0]?.params).toMatchObject({ days: 7, dueAt: '2026-03-15' });
  });

  it('reminds nobody of fulfilled, waived or cancelled commitments, before or after their date', async () => {
    clock.set('2026-04-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    const fulfilled = await dueOnce(owner, '2026-04-20', 'Fulfilled');
    const waived = await dueOnce(owner, '2026-04-20', 'Waived');
    const cancelled = await dueOnce(owner, '2026-04-20', 'Cancelled');
    const periodKey = '2026-04-20';
    expect((await runOn(t, manager, fulfilled, 'fulfil', { periodKey })).status).toBe(200);
    expect(
      (await runOn(t, manager, waived, 'waive', { periodKey, reason: 'Pool closed' })).status,
    ).toBe(200);
    expect((await runOn(t, manager, cancelled, 'cancel', { reason: 'Dropped' })).status).toBe(200);

    for (const day of ['2026-04-10', '2026-04-19', '2026-04-25']) {
      clock.set(`${day}T09:00:00.000Z`);
      await sendReminders();
    }
    for (const commitment of [fulfilled, waived, cancelled]) {
      expect(await reminded(commitment.id)).toEqual([]);
    }
    expect(await digestsOf(owner.user.id)).toEqual([]);
  });

  it('sends each owner one digest a day listing exactly their overdue occurrences', async () => {
    clock.set('2026-06-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    const other = await givenUser(t, 'manager');
    const late: CommitmentDetailView = await dueOnce(owner, '2026-06-03', 'Late seminar');
    const later = await dueOnce(owner, '2026-06-05', 'Late report');
    const done = await dueOnce(owner, '2026-06-04', 'Done on time');
    const notYet = await dueOnce(owner, '2026-06-20', 'Not yet due');
    const others = await dueOnce(other, '2026-06-02', 'Someone else’s');
    expect((await runOn(t, manager, done, 'fulfil', { periodKey: '2026-06-04' })).status).toBe(200);

    clock.set('2026-06-06T07:00:00.000Z');
    await Promise.all([sendReminders(), sendReminders()]);
    await sendReminders();
    const item = (commitment: CommitmentDetailView, dueOn: string) => ({
      commitmentId: commitment.id,
      agreementId: agreement.id,
      title: commitment.title,
      titleLanguages: agreement.titleLanguages,
      dueOn,
    });
    expect(await digestsOf(owner.user.id)).toEqual([
      { day: '2026-06-06', items: [item(late, '2026-06-03'), item(later, '2026-06-05')] },
    ]);
    expect(await digestsOf(other.user.id)).toEqual([
      { day: '2026-06-06', items: [item(others, '2026-06-02')] },
    ]);
    expect(notYet.id).not.toBe(late.id);

    // The next UTC day brings the next digest, without what was recorded since.
    expect((await runOn(t, manager, late, 'miss', { periodKey: '2026-06-03' })).status).toBe(200);
    clock.set('2026-06-07T00:30:00.000Z');
    await sendReminders();
    const digests = await digestsOf(owner.user.id);
    expect(digests).toHaveLength(2);
    expect(digests[1]).toEqual({ day: '2026-06-07', items: [item(later, '2026-06-05')] });
  });

  it('tells the managers instead when the owner can no longer act on the commitment', async () => {
    clock.set('2026-08-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    const commitment = await dueOnce(owner, '2026-08-05');
    await t.sql.query(`UPDATE users SET role = 'auditor' WHERE id = $1`, [owner.user.id]);

    await sendReminders();
    const lines = await reminded(commitment.id);
    expect(lines).toContain(`${commitment.id}:2026-08-05:d7 ${manager.user.id}`);
    expect(lines.some((line) => line.endsWith(owner.user.id))).toBe(false);
  });

  it('reminds once from two instances, and an instance down over the 7-day mark catches up', async () => {
    clock.set('2026-09-25T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    const commitment = await dueOnce(owner, '2026-10-20');
    const options = {
      notifications: { ...TEST_APP_OPTIONS.notifications, smtpUrl: smtp.url },
      clock,
    };
    await onOtherInstance(t, options, async (second) => {
      await Promise.all([sendReminders(), second.get(SendRemindersJob).run()]);
    });
    const at = (threshold: string) => `${commitment.id}:2026-10-20:${threshold} ${owner.user.id}`;
    expect(await reminded(commitment.id)).toEqual([at('d30')]);

    // Nothing ran on 13 October (7 days before); an instance back on the 16th still reminds.
    clock.set('2026-10-16T08:00:00.000Z');
    await onOtherInstance(t, options, async (restarted) => {
      await restarted.get(SendRemindersJob).run();
      await restarted.get(SendRemindersJob).run();
    });
    expect(await reminded(commitment.id)).toEqual([at('d30'), at('d7')]);
  });

  it('titles a reminder and a digest line in the agreement’s order of languages after the reader’s', async () => {
    // The agreement was drafted vi, ru, ja; the reader reads English, which the title lacks.
    // jsonb keeps "ja" before "vi", so a fallback by key order would say 代表団の受け入れ.
    clock.set('2027-06-01T08:00:00.000Z');
    const owner = await givenUser(t, 'manager');
    await setLanguage(t, owner.user.id, 'en');
    for (const dueOn of ['2027-06-08', '2027-05-20']) {
      await givenCommitment(t, manager, agreement, {
        ownerId: owner.user.id,
        title: { ja: '代表団の受け入れ', vi: 'Đón đoàn' },
        schedule: { kind: 'once', dueOn },
      });
    }
    await sendReminders();
    const { rows } = await t.sql.query<{ kind: string; subject: string; body: string }>(
      `SELECT n.kind, m.subject, m.body FROM outbox_messages m
         JOIN notifications n ON n.id = m.notification_id
        WHERE n.recipient_id = $1 ORDER BY n.kind`,
      [owner.user.id],
    );
    expect(rows.map((row) => row.kind)).toEqual([
      'commitment.due_soon',
      'commitment.overdue_digest',
    ]);
    expect(rows[0]?.subject).toBe('Commitment due in 7 days: Đón đoàn');
    expect(rows[1]?.body).toContain('• Đón đoàn (');
    expect(rows.map((row) => `${row.subject}${row.body}`).join('')).not.toContain('代表団');
  });
});
