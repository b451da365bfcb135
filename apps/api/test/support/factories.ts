import { randomUUID } from 'node:crypto';
import type {
  AgreementDetailView,
  AgreementView,
  CreateDraftAgreementInput,
  Role,
  SessionView,
  UserRef,
} from '@concordat/domain';
import { EMPTY_TEXT, textHash } from '@concordat/domain';
import argon2 from 'argon2';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';

// Hashing is deliberately slow; one hash serves every test user of a file.
let passwordHash: Promise<string> | undefined;

export interface GivenUser {
  user: UserRef;
  password: string;
}

/** A user with the given role, straight into the users table (no HTTP, no seeding). */
export async function givenUser(
  t: TestApp,
  role: Role,
  overrides: Partial<Omit<UserRef, 'id'>> = {},
): Promise<GivenUser> {
  passwordHash ??= argon2.hash(TEST_PASSWORD);
  const email = overrides.email ?? `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const name = overrides.name ?? `Test ${role}`;
  const { rows } = await t.sql.query<{ id: string }>(
    `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, name, role, await passwordHash],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('user insert returned no id');
  return { user: { id, email, name, role }, password: TEST_PASSWORD };
}

export interface SignedIn {
  user: UserRef;
  token: string;
}

/** A user of this role, signed in through the real login route. */
export async function signedInAs(t: TestApp, role: Role): Promise<SignedIn> {
  const { user, password } = await givenUser(t, role);
  const response = await t.request('POST', '/api/auth/login', {
    body: { email: user.email, password },
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return { user, token: response.json<SessionView>().accessToken };
}

export const draftInput = (
  overrides: Partial<CreateDraftAgreementInput> = {},
): CreateDraftAgreementInput => ({
  title: { en: `Cooperation in sport ${randomUUID().slice(0, 6)}` },
  type: 'mou',
  ourOrganisation: 'Vietnam Sports Administration',
  partners: [{ name: 'Japan Sports Agency', country: 'JP' }],
  ...overrides,
});

/** A draft created through POST /api/agreements, as the given signed-in user. */
export async function givenDraftAgreement(
  t: TestApp,
  as: SignedIn,
  overrides: Partial<CreateDraftAgreementInput> = {},
): Promise<AgreementView> {
  const response = await t.request('POST', '/api/agreements', {
    token: as.token,
    body: draftInput(overrides),
  });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${response.text}`);
  return response.json<AgreementView>();
}

/** Rows in the log and the read model: a refused request must leave both unchanged. */
export async function countRows(t: TestApp): Promise<{ events: number; agreements: number }> {
  const { rows } = await t.sql.query<{ events: string; agreements: string }>(
    `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM agreements) AS agreements`,
  );
  return { events: Number(rows[0]?.events), agreements: Number(rows[0]?.agreements) };
}

/** `POST /api/agreements/{id}/{action}` as `as`, at the version the agreement is at. */
export function actOn(
  t: TestApp,
  as: SignedIn,
  agreement: Pick<AgreementView, 'id' | 'version'>,
  action: string,
  body: unknown = {},
  headers: Record<string, string> = {},
) {
  return t.request('POST', `/api/agreements/${agreement.id}/${action}`, {
    token: as.token,
    body,
    headers: { 'if-match': `"${agreement.version}"`, ...headers },
  });
}

/** `actOn` that must succeed: the agreement after it, as the detail view answers it. */
export async function actOk(
  t: TestApp,
  as: SignedIn,
  agreement: Pick<AgreementView, 'id' | 'version'>,
  action: string,
  body: unknown = {},
): Promise<AgreementDetailView> {
  const response = await actOn(t, as, agreement, action, body);
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
  return response.json<AgreementDetailView>();
}

export interface LifecycleCast {
  manager: SignedIn;
  official: SignedIn;
  legal: SignedIn;
}

/**
 * The main road of an agreement, each step by the role the permission table gives it,
 * so `givenAgreementAfter(t, cast, n)` is a draft moved n steps along through HTTP.
 */
export const MAIN_ROAD: ReadonlyArray<{
  action: string;
  as: keyof LifecycleCast;
  body: Record<string, unknown>;
  reaches: string;
}> = [
  { action: 'submit', as: 'manager', body: {}, reaches: 'draft.awaiting_approval' },
  { action: 'approve', as: 'official', body: { comment: 'Đồng ý' }, reaches: 'draft.approved' },
  { action: 'start-negotiation', as: 'legal', body: {}, reaches: 'negotiation.in_round' },
  {
    action: 'finalize',
    as: 'legal',
    body: {},
    reaches: 'negotiation.text_final',
  },
  { action: 'request-clearance', as: 'legal', body: {}, reaches: 'negotiation.awaiting_clearance' },
  { action: 'approve', as: 'official', body: {}, reaches: 'negotiation.cleared_to_sign' },
  { action: 'open-signing', as: 'official', body: {}, reaches: 'signing.collecting_signatures' },
  {
    action: 'sign',
    as: 'official',
    body: signatureBody('ours'),
    reaches: 'signing.collecting_signatures',
  },
  { action: 'sign', as: 'official', body: signatureBody('partner-1'), reaches: 'active.in_force' },
  { action: 'start-review', as: 'official', body: {}, reaches: 'review.under_review' },
];

/** A draft by the cast's manager, moved along MAIN_ROAD until it stands at `position`. */
export async function givenAgreementAt(
  t: TestApp,
  cast: LifecycleCast,
  position: string,
  overrides: Partial<CreateDraftAgreementInput> = {},
): Promise<AgreementView> {
  let agreement = await givenDraftAgreement(t, cast.manager, overrides);
  for (const step of MAIN_ROAD) {
    if (`${agreement.status}.${agreement.step}` === position) return agreement;
    const response = await actOn(t, cast[step.as], agreement, step.action, step.body);
    if (response.status !== 200)
      throw new Error(`${step.action} failed: ${response.status} ${response.text}`);
    agreement = response.json<AgreementView>();
  }
  if (`${agreement.status}.${agreement.step}` === position) return agreement;
  throw new Error(`${position} is not on the main road`);
}

/** A valid `sign` body for one party of a draftInput agreement, on the MAIN_ROAD's text. */
export function signatureBody(
  party: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    party,
    signatoryName: party === 'ours' ? 'Nguyễn Văn An' : '山田 太郎',
    signatoryTitle: party === 'ours' ? 'Chủ tịch' : '会長',
    signedOn: '2026-01-15',
    place: party === 'ours' ? 'Hà Nội' : '東京',
    method: 'wet_ink',
    // MAIN_ROAD agreements have no text written: what they finalise is the empty text.
    textHash: textHash(EMPTY_TEXT),
    ...overrides,
  };
}

/** How many events the log holds for one agreement. */
export async function eventCount(t: TestApp, agreementId: string): Promise<number> {
  const { rows } = await t.sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM events WHERE stream_id = $1`,
    [agreementId],
  );
  return Number(rows[0]?.n);
}
