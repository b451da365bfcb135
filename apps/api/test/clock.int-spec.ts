import { givenDraftAgreement, signedInAs } from './support/factories.js';
import { TestClock } from './support/test-clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the injectable clock', () => {
  const clock = new TestClock('2031-04-30T08:00:00.000Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it('is where handlers read the time: the event and the read model carry the test clock', async () => {
    clock.set('2031-05-01T09:00:00.000Z');
    const manager = await signedInAs(t, 'manager');
    clock.set('2031-05-01T09:30:00.000Z');

    const agreement = await givenDraftAgreement(t, manager);

    expect(agreement.createdAt).toBe('2031-05-01T09:30:00.000Z');
    const { rows } = await t.sql.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM events WHERE stream_id = $1`,
      [agreement.id],
    );
    expect(rows.map((row) => row.occurred_at.toISOString())).toEqual(['2031-05-01T09:30:00.000Z']);
  });

  it('expires sessions by the same clock', async () => {
    clock.set('2031-06-01T09:00:00.000Z');
    const manager = await signedInAs(t, 'manager');
    clock.advanceDays(1);

    const response = await t.request('GET', '/api/agreements', { token: manager.token });

    expect(response.status).toBe(401);
  });
});
