import type { AgreementView, CommitmentDetailView, PlanCommitmentInput } from '@concordat/domain';
import { givenDraftAgreement, type SignedIn } from './factories.js';
import type { HttpResponse, TestApp } from './test-app.js';

/** An agreement with a Japanese partner and a term from 2024 to 2027: commitments' home. */
export function givenPartneredAgreement(
  t: TestApp,
  manager: SignedIn,
  partner = { name: 'FAVIJA', country: 'JP' },
): Promise<AgreementView> {
  return givenDraftAgreement(t, manager, {
    title: {
      vi: 'Biên bản ghi nhớ hợp tác thể thao',
      ru: 'Меморандум о спортивном сотрудничестве',
      ja: 'スポーツ協力覚書',
    },
    partners: [partner],
    startsOn: '2024-01-01',
    endsOn: '2027-12-31',
  });
}

export function planInput(ownerId: string, overrides: Partial<PlanCommitmentInput> = {}) {
  return {
    title: {
      vi: 'Trao đổi đoàn vận động viên',
      ru: 'Обмен делегациями спортсменов',
      ja: '選手団の交流',
    },
    kind: 'delegation_exchange',
    owedBy: 'both',
    ownerId,
    quantity: { amount: 20, unit: 'athletes' },
    schedule: { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1' },
    ...overrides,
  } satisfies PlanCommitmentInput;
}

export async function givenCommitment(
  t: TestApp,
  manager: SignedIn,
  agreement: AgreementView,
  overrides: Partial<PlanCommitmentInput> = {},
): Promise<CommitmentDetailView> {
  const response = await t.request('POST', `/api/agreements/${agreement.id}/commitments`, {
    token: manager.token,
    body: planInput(manager.user.id, overrides),
  });
  if (response.status !== 201) throw new Error(`plan failed: ${response.status} ${response.text}`);
  return response.json<CommitmentDetailView>();
}

/** `POST /api/commitments/{id}/{action}` at the commitment's version. */
export function runOn(
  t: TestApp,
  as: SignedIn,
  commitment: { id: string; version: number },
  action: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  return t.request('POST', `/api/commitments/${commitment.id}/${action}`, {
    token: as.token,
    body,
    headers: { 'if-match': `"${commitment.version}"`, ...headers },
  });
}

export async function commitmentEventCount(t: TestApp, commitmentId: string): Promise<number> {
  const { rows } = await t.sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM events WHERE stream_id = $1`,
    [commitmentId],
  );
  return Number(rows[0]?.n);
}
