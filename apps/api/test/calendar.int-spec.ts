import type { CalendarTokenView } from '@concordat/domain';
import ical, { type VEvent } from 'node-ical';
import {
  actOn,
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
