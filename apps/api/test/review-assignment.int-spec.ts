import type { AgreementDetailView } from '@concordat/domain';
import {
  actOn,
  eventCount,
  givenAgreementAt,
  signedInAs,
  type LifecycleCast,
  type SignedIn,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  code: string;
  errors?: Array<{ field: string }>;
}

describe('assigning a renewal review when it starts', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let otherManager: SignedIn;
  let auditor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    otherManager = await signedInAs(t, 'manager');
    auditor = await signedInAs(t, 'auditor');
  });
  afterAll(() => t.close());

  const inForce = () => givenAgreementAt(t, cast, 'active.in_force');

  const assignedNotices = async (agreementId: string): Promise<string[]> => {
    const { rows } = await t.sql.query<{ recipient_id: string }>(
      `SELECT recipient_id FROM notifications
        WHERE subject_id = $1 AND kind = 'agreement.review_assigned' ORDER BY recipient_id`,
      [agreementId],
    );
    return rows.map((row) => row.recipient_id);
  };

  const startedData = async (agreementId: string): Promise<unknown> => {
    const { rows } = await t.sql.query<{ payload: unknown }>(
      `SELECT payload FROM events WHERE stream_id = $1 AND type = 'ReviewStarted'`,
      [agreementId],
    );
    return rows[0]?.payload;
  };

  it('goes to the drafter who is still a manager, recorded in the event, shown and notified', async () => {
    const agreement = await inForce();
    const response = await actOn(t, cast.official, agreement, 'start-review');
    expect(response.status).toBe(200);
    const view = response.json<AgreementDetailView>();
    expect(view.particulars.reviewAssignee).toBe(cast.manager.user.id);
    expect(await startedData(agreement.id)).toMatchObject({ assignee: cast.manager.user.id });
    expect(await assignedNotices(agreement.id)).toEqual([cast.manager.user.id]);
  });

  it('goes to the manager named in the body of a manual start', async () => {
    const agreement = await inForce();
    const response = await actOn(t, cast.official, agreement, 'start-review', {
      assignee: otherManager.user.id,
    });
    expect(response.status).toBe(200);
    expect(response.json<AgreementDetailView>().particulars.reviewAssignee).toBe(
      otherManager.user.id,
    );
    expect(await assignedNotices(agreement.id)).toEqual([otherManager.user.id]);
  });

  it('refuses an assignee who is not a manager with 422 naming the field, recording nothing', async () => {
    const agreement = await inForce();
    const before = await eventCount(t, agreement.id);
    const response = await actOn(t, cast.official, agreement, 'start-review', {
      assignee: cast.legal.user.id,
    });
    expect(response.status).toBe(422);
    expect(response.json<Problem>()).toMatchObject({
      code: 'REVIEW_ASSIGNEE_NOT_MANAGER',
      errors: [{ field: 'assignee' }],
    });
    expect(await eventCount(t, agreement.id)).toBe(before);
    expect(await assignedNotices(agreement.id)).toEqual([]);
  });

  it('goes to a manager chosen from the agreement when the drafter is no longer a manager', async () => {
    const drafter = await signedInAs(t, 'manager');
    const agreement = await givenAgreementAt(t, { ...cast, manager: drafter }, 'active.in_force');
    await t.sql.query(`UPDATE users SET role = 'legal' WHERE id = $1`, [drafter.user.id]);
    const response = await actOn(t, cast.official, agreement, 'start-review');
    expect(response.status).toBe(200);
    const assignee = response.json<AgreementDetailView>().particulars.reviewAssignee;
    const { rows } = await t.sql.query<{ id: string }>(
      `SELECT id FROM users WHERE role = 'manager' AND NOT is_system`,
    );
    expect(rows.map((row) => row.id)).toContain(assignee);
    expect(assignee).not.toBe(drafter.user.id);
  });

  it('is not for an auditor to start: 403 and nothing recorded', async () => {
    const agreement = await inForce();
    const before = await eventCount(t, agreement.id);
    const response = await actOn(t, auditor, agreement, 'start-review', {
      assignee: cast.manager.user.id,
    });
    expect(response.status).toBe(403);
    expect(await eventCount(t, agreement.id)).toBe(before);
  });
});
