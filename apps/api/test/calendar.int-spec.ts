import type { CalendarTokenView } from '@concordat/domain';
import ical, { type VEvent } from 'node-ical';
import { givenCommitment, givenPartneredAgreement, runOn } from './support/commitment-factories.js';
import {
  actOn,
  givenUser,
  givenAgreementAt,
  givenDraftAgreement,
  signedInAs,
  type LifecycleCast,
  type SignedIn,
} from './support/factories.js';
import { setLanguage } from './support/notifications.js';
import { TestClock } from './support/test-clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the personal iCalendar feed', () => {
  const clock = new TestClock('2026-02-01T08:00:00.000Z');
  let t: TestApp;
  let cast: LifecycleCast;

  beforeAll(async () => {
    t = await startTestApp({ clock, sessionTtlMs: 10 * 365 * 24 * 60 * 60 * 1000 });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
  });
  afterAll(() => t.close());

  const newFeed = async (as: SignedIn): Promise<string> => {
    const response = await t.request('POST', '/api/calendar/token', { token: as.token });
    expect(response.status).toBe(201);
    return new URL(response.json<CalendarTokenView>().url).pathname;
  };
  const events = (text: string): VEvent[] =>
    Object.values(ical.sync.parseICS(text)).filter(
      (component): component is VEvent => component.type === 'VEVENT',
    );

  it('holds the review and expiry dates and the approval deadlines the owner acts on, in their language', async () => {
    const active = await givenAgreementAt(t, cast, 'active.in_force', {
      title: { vi: 'Hợp tác bóng bàn', en: 'Table tennis cooperation' },
      termMonths: 12,
      reviewLeadDays: 30,
    });
    clock.set('2026-03-02T09:00:00.000Z');
    const draft = await givenDraftAgreement(t, cast.manager, {
      title: { vi: 'Trao đổi đoàn karate', ja: '空手代表団の交流' },
    });
    expect((await actOn(t, cast.manager, draft, 'submit')).status).toBe(200);
    await setLanguage(t, cast.official.user.id, 'vi');

    const path = await newFeed(cast.official);
    const response = await t.request('GET', path);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(response.text).toContain('VERSION:2.0');
    const mine = events(response.text).filter((event) =>
      [active.id, draft.id].some((id) => event.uid.includes(id)),
    );
    const byUid = Object.fromEntries(mine.map((event) => [event.uid, event]));
    expect(Object.keys(byUid).sort()).toEqual(
      [
        `expiry-${active.id}-2027-01-15@concordat`,
        `review-${active.id}-2026-12-16@concordat`,
        expect.stringMatching(new RegExp(`^approval-${draft.id}-draft-`)),
      ].sort(),
    );
    const review = byUid[`review-${active.id}-2026-12-16@concordat`];
    expect(review?.summary).toBe('Hạn rà soát: Hợp tác bóng bàn');
    expect(review?.datetype).toBe('date');
    expect(review?.start.toISOString().slice(0, 10)).toBe('2026-12-16');
    expect(byUid[`expiry-${active.id}-2027-01-15@concordat`]?.summary).toBe(
      'Hết hiệu lực: Hợp tác bóng bàn',
    );
    const approval = mine.find((event) => event.uid.startsWith('approval-'));
    expect(approval?.summary).toBe('Hạn phê duyệt bước 1: Trao đổi đoàn karate');
    expect(approval?.start.toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(response.text).toContain(`URL;VALUE=URI:http://concordat.test/agreements/`);
  });

  it('leaves out what the owner does not act on: the drafter’s own approval, reviews for legal', async () => {
    const path = await newFeed(cast.legal);
    const response = await t.request('GET', path);
    expect(response.status).toBe(200);
    expect(events(response.text)).toEqual([]);
    const managerFeed = await t.request('GET', await newFeed(cast.manager));
    expect(events(managerFeed.text).some((event) => event.uid.startsWith('approval-'))).toBe(false);
  });

  it('holds the open occurrences of my commitments, all-day, with their status in my language', async () => {
    clock.set('2026-04-01T09:00:00.000Z');
    const agreement = await givenPartneredAgreement(t, cast.manager);
    const other = await signedInAs(t, 'manager');
    const gone = await givenUser(t, 'manager');
    const plan = (ownerId: string, en: string, dueOn: string) =>
      givenCommitment(t, cast.manager, agreement, {
        ownerId,
        title: { en, ru: `${en} (ru)` },
        schedule: { kind: 'once', dueOn },
      });
    const late = await plan(cast.manager.user.id, 'Seminar', '2026-04-20');
    const started = await plan(cast.manager.user.id, 'Camp', '2026-06-10');
    const done = await plan(cast.manager.user.id, 'Report', '2026-05-01');
    const dropped = await plan(cast.manager.user.id, 'Scholarships', '2026-05-02');
    const others = await plan(other.user.id, 'Exchange', '2026-05-03');
    const orphan = await plan(gone.user.id, 'Tournament', '2026-05-04');
    expect(
      (await runOn(t, cast.manager, started, 'start', { periodKey: '2026-06-10' })).status,
    ).toBe(200);
    expect((await runOn(t, cast.manager, done, 'fulfil', { periodKey: '2026-05-01' })).status).toBe(
      200,
    );
    expect((await runOn(t, cast.manager, dropped, 'cancel', { reason: 'No budget' })).status).toBe(
      200,
    );
    await t.sql.query(`UPDATE users SET role = 'auditor' WHERE id = $1`, [gone.user.id]);
    await setLanguage(t, cast.manager.user.id, 'ru');

    clock.set('2026-04-25T09:00:00.000Z');
    const feed = await t.request('GET', await newFeed(cast.manager));
    expect(feed.status).toBe(200);
    const commitments = events(feed.text).filter((event) => event.uid.startsWith('commitment-'));
    const byUid = Object.fromEntries(commitments.map((event) => [event.uid, event]));
    expect(Object.keys(byUid).sort()).toEqual(
      [
        `commitment-${late.id}-2026-04-20@concordat`,
        `commitment-${started.id}-2026-06-10@concordat`,
        `commitment-${orphan.id}-2026-05-04@concordat`,
      ].sort(),
    );
    const overdue = byUid[`commitment-${late.id}-2026-04-20@concordat`];
    expect(overdue?.summary).toBe('Срок обязательства: Seminar (ru)');
    expect(overdue?.description).toBe('Статус: Просрочено');
    expect(overdue?.datetype).toBe('date');
    expect(overdue?.start.toISOString().slice(0, 10)).toBe('2026-04-20');
    expect(byUid[`commitment-${started.id}-2026-06-10@concordat`]?.description).toBe(
      'Статус: Выполняется',
    );
    // node-ical keeps the URL's VALUE parameter: the property parses back as the link.
    expect(overdue?.url).toMatchObject({ val: `http://concordat.test/agreements/${agreement.id}` });

    const ownerFeed = await t.request('GET', await newFeed(other));
    const theirs = events(ownerFeed.text).filter((event) => event.uid.startsWith('commitment-'));
    // Another manager: their own, and (standing in too) the one whose owner left; not mine.
    expect(theirs.map((event) => event.uid).sort()).toEqual(
      [
        `commitment-${others.id}-2026-05-03@concordat`,
        `commitment-${orphan.id}-2026-05-04@concordat`,
      ].sort(),
    );
    expect(theirs.map((event) => event.description)).toEqual([
      'Status: Planned',
      'Status: Planned',
    ]);
  });

  it('answers 404 once the link is revoked or replaced, and for made-up links', async () => {
    const first = await newFeed(cast.official);
    const second = await newFeed(cast.official);
    expect((await t.request('GET', first)).status).toBe(404);
    expect((await t.request('GET', second)).status).toBe(200);

    const revoked = await t.request('DELETE', '/api/calendar/token', {
      token: cast.official.token,
    });
    expect(revoked.status).toBe(204);
    const gone = await t.request('GET', second);
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect((await t.request('GET', '/api/calendar/not-a-token.ics')).status).toBe(404);
    expect((await t.request('POST', '/api/calendar/token')).status).toBe(401);
  });
});
