import type {
  NotificationPage,
  NotificationPreferencesView,
  OutboxMessageView,
  Page,
} from '@concordat/domain';
import { SYSTEM_USER_ID } from '../src/modules/users/system-actor.js';
import { signedInAs, type SignedIn } from './support/factories.js';
import { count, notify, reminder, setLanguage } from './support/notifications.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('notifications: centre, preferences and the outbox (no SMTP)', () => {
  let t: TestApp;
  let lan: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    lan = await signedInAs(t, 'official');
    admin = await signedInAs(t, 'admin');
  });
  afterAll(() => t.close());

  const page = async (as: SignedIn, query = '') => {
    const response = await t.request('GET', `/api/notifications${query}`, { token: as.token });
    expect(response.status).toBe(200);
    return response.json<NotificationPage>();
  };

  it('creates a reminder once per recipient however often and however concurrently it is asked for', async () => {
    const manager = await signedInAs(t, 'manager');
    const request = reminder([manager.user.id], { occurrence: 'once-test' });

    const [first, second] = await Promise.all([notify(t, request), notify(t, request)]);
    const third = await notify(t, request);

    expect([...first, ...second, ...third]).toEqual([manager.user.id]);
    const { items, unread } = await page(manager);
    expect(items).toHaveLength(1);
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({
      kind: 'approval.overdue',
      subject: { type: 'agreement', id: request.subject.id },
      params: { step: 1 },
      readAt: null,
    });
  });

  it('lists only the caller’s own, marks one read, then all read', async () => {
    await notify(t, reminder([lan.user.id], { occurrence: 'a' }));
    await notify(t, reminder([lan.user.id], { occurrence: 'b' }));
    await notify(t, reminder([admin.user.id], { occurrence: 'a' }));
    const before = await page(lan);
    expect(before.total).toBe(2);
    expect(before.unread).toBe(2);
    const [newest] = before.items;

    const read = await t.request('POST', `/api/notifications/${newest?.id}/read`, {
      token: lan.token,
    });
    expect(read.status).toBe(204);
    expect((await page(lan)).unread).toBe(1);
    expect((await page(lan, '?unreadOnly=true')).items).toHaveLength(1);

    const foreign = await t.request('POST', `/api/notifications/${newest?.id}/read`, {
      token: admin.token,
    });
    expect(foreign.status).toBe(404);

    const all = await t.request('POST', '/api/notifications/read-all', { token: lan.token });
    expect(all.json<{ marked: number }>()).toEqual({ marked: 1 });
    expect((await page(lan)).unread).toBe(0);
  });

  it('pages, and refuses bad paging and ids with problem+json', async () => {
    expect((await page(lan, '?page=2&pageSize=1')).items).toHaveLength(1);
    const bad = await t.request('GET', '/api/notifications?pageSize=500', { token: lan.token });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('pageSize');
    const badId = await t.request('POST', '/api/notifications/nope/read', { token: lan.token });
    expect(badId.status).toBe(400);
    const anonymous = await t.request('GET', '/api/notifications');
    expect(anonymous.status).toBe(401);
  });

  it('answers default preferences, changes some, and refuses unknown kinds naming the field', async () => {
    const user = await signedInAs(t, 'legal');
    const defaults = await t.request('GET', '/api/notifications/preferences', {
      token: user.token,
    });
    const view = defaults.json<NotificationPreferencesView>();
    expect(view.language).toBe('en');
    expect(view.preferences).toContainEqual({
      kind: 'approval.overdue',
      channel: 'email',
      enabled: true,
    });
    expect(view.preferences).toContainEqual({
      kind: 'approval.due_soon',
      channel: 'email',
      enabled: false,
    });

    const saved = await t.request('PUT', '/api/notifications/preferences', {
      token: user.token,
      body: {
        language: 'ja',
        preferences: [{ kind: 'approval.overdue', channel: 'email', enabled: false }],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.json<NotificationPreferencesView>()).toMatchObject({ language: 'ja' });
    expect(saved.json<NotificationPreferencesView>().preferences).toContainEqual({
      kind: 'approval.overdue',
      channel: 'email',
      enabled: false,
    });

    const bad = await t.request('PUT', '/api/notifications/preferences', {
      token: user.token,
      body: { language: 'fr', preferences: [{ kind: 'nope', channel: 'email', enabled: true }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json<{ errors: Array<{ field: string }> }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['language', 'preferences.0.kind']);
  });

  it('follows the switches: no mail when email is off, hidden from the centre when the app channel is off', async () => {
    const user = await signedInAs(t, 'manager');
    await t.request('PUT', '/api/notifications/preferences', {
      token: user.token,
      body: {
        preferences: [
          { kind: 'approval.overdue', channel: 'email', enabled: false },
          { kind: 'approval.escalated', channel: 'in_app', enabled: false },
        ],
      },
    });
    const mailBefore = await count(t, 'outbox_messages');

    await notify(t, reminder([user.user.id], { occurrence: 'switch-test' }));
    await notify(t, reminder([user.user.id], { kind: 'approval.escalated', occurrence: 'x' }));

    expect((await page(user)).items.map((item) => item.kind)).toEqual(['approval.overdue']);
    // Only the escalation (email on by default) was mailed.
    expect(await count(t, 'outbox_messages')).toBe(mailBefore + 1);
  });

  it('keeps mail in the outbox in the recipient’s language, for admins only', async () => {
    const reader = await signedInAs(t, 'official');
    await setLanguage(t, reader.user.id, 'vi');
    await notify(t, reminder([reader.user.id], { occurrence: 'outbox-vi' }));

    const forbidden = await t.request('GET', '/api/admin/outbox', { token: reader.token });
    expect(forbidden.status).toBe(403);
    const outbox = await t.request('GET', '/api/admin/outbox?pageSize=100', {
      token: admin.token,
    });
    expect(outbox.status).toBe(200);
    const mail = outbox
      .json<Page<OutboxMessageView>>()
      .items.find((item) => item.to === reader.user.email);
    expect(mail).toMatchObject({
      language: 'vi',
      state: 'stored',
      subject: 'Quá hạn phê duyệt: Hợp tác bóng bàn',
    });
    expect(mail?.body).toContain('vẫn đang chờ quyết định của bạn');
    expect(mail?.body).toContain('http://concordat.test/agreements/');
  });

  it('keeps the system user out of people’s way: no sign-in, no notifications, no substitute role', async () => {
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: 'system@concordat.invalid', password: 'anything' },
    });
    expect(login.status).toBe(401);
    expect(await notify(t, reminder([SYSTEM_USER_ID], { occurrence: 'system' }))).toEqual([]);
    const delegation = await t.request('POST', '/api/delegations', {
      token: lan.token,
      body: { substituteId: SYSTEM_USER_ID, from: '2026-01-01', to: '2026-01-31' },
    });
    expect(delegation.status).toBe(400);
    const people = await t.request('GET', '/api/approvals/people', { token: lan.token });
    expect(people.json<Array<{ id: string }>>().map((p) => p.id)).not.toContain(SYSTEM_USER_ID);
  });
});
