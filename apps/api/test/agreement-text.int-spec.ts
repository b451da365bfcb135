import { createHash } from 'node:crypto';
import {
  type AgreementDetailView,
  type AgreementText,
  canonicalText,
  type TextDiffView,
  type TextVersionView,
} from '@concordat/domain';
import {
  actOn,
  eventCount,
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { PARTNER_TEXT, SAMPLE_TEXT } from './support/text-fixtures.js';

interface Problem {
  status: number;
  code: string;
  detail: string;
  clauses?: number[];
  textHash?: string;
  errors?: Array<{ field: string; message: string }>;
}

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('the text of an agreement and its negotiation', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
  });
  afterAll(() => t.close());

  /** Runs an action that must succeed and returns the agreement after it. */
  async function act(
    as: SignedIn,
    agreement: Pick<AgreementDetailView, 'id' | 'version'>,
    action: string,
    body: unknown = {},
  ): Promise<AgreementDetailView> {
    const response = await actOn(t, as, agreement, action, body);
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
    return response.json<AgreementDetailView>();
  }

  /** A refused action: its problem, and proof that nothing was written. */
  async function refused(
    as: SignedIn,
    agreement: Pick<AgreementDetailView, 'id' | 'version'>,
    action: string,
    body: unknown,
    status: number,
  ): Promise<Problem> {
    const before = await eventCount(t, agreement.id);
    const response = await actOn(t, as, agreement, action, body);
    expect(response.status).toBe(status);
    expect(await eventCount(t, agreement.id)).toBe(before);
    return response.json<Problem>();
  }

  async function draftWithText(text: AgreementText = SAMPLE_TEXT): Promise<AgreementDetailView> {
    const draft = await givenAgreementAt(t, cast, 'draft.editing');
    return act(cast.manager, draft, 'edit-text', { text });
  }

  async function negotiating(): Promise<AgreementDetailView> {
    let agreement = await draftWithText();
    agreement = await act(cast.manager, agreement, 'submit');
    agreement = await act(cast.official, agreement, 'approve', { comment: 'Đồng ý' });
    return act(cast.legal, agreement, 'start-negotiation');
  }

  const review = (clauseKey: string, status: string, extra: Record<string, unknown> = {}) => ({
    clauseKey,
    status,
    ...extra,
  });

  describe('edit-text', () => {
    it('stores the draft text byte for byte and shows it as the current text', async () => {
      const agreement = await draftWithText();
      expect(agreement.allowedActions).toContain('edit-text');
      expect(agreement.text.current).toMatchObject({ round: 0, languages: SAMPLE_TEXT.languages });
      expect(agreement.text.current?.clauses.map((clause) => [clause.number, clause.key])).toEqual([
        [1, 'purpose'],
        [2, 'delegations'],
      ]);
      expect(agreement.text.versions).toEqual([]);
      const { rows } = await t.sql.query<{ payload: { text: AgreementText } }>(
        `SELECT payload FROM events WHERE stream_id = $1 AND type = 'AgreementTextEdited'`,
        [agreement.id],
      );
      const stored = rows[0]?.payload.text.clauses[1]?.text;
      expect(Buffer.from(stored?.vi ?? '')).toEqual(
        Buffer.from(SAMPLE_TEXT.clauses[1]?.text.vi ?? 'missing'),
      );
      expect(Buffer.from(agreement.text.current?.clauses[1]?.text.ja ?? '')).toEqual(
        Buffer.from(SAMPLE_TEXT.clauses[1]?.text.ja ?? 'missing'),
      );
    });

    it('refuses a clause missing a language of the text with CLAUSE_LANGUAGE_MISSING', async () => {
      const draft = await givenAgreementAt(t, cast, 'draft.editing');
      const [first] = SAMPLE_TEXT.clauses;
      const text = { ...SAMPLE_TEXT, clauses: [{ ...first, text: { vi: first?.text.vi } }] };
      const problem = await refused(cast.manager, draft, 'edit-text', { text }, 422);
      expect(problem).toMatchObject({
        code: 'CLAUSE_LANGUAGE_MISSING',
        errors: [{ field: 'text.clauses.0.text.ja' }],
      });
    });

    it('refuses malformed input with 400 naming the field', async () => {
      const draft = await givenAgreementAt(t, cast, 'draft.editing');
      const problem = await refused(
        cast.manager,
        draft,
        'edit-text',
        { text: { languages: [] } },
        400,
      );
      expect(problem.errors?.map((error) => error.field)).toEqual(
        expect.arrayContaining(['text.languages', 'text.clauses']),
      );
    });

    it.each(['official', 'auditor'] as const)(
      'is forbidden to the %s: 403, no event',
      async (role) => {
        const draft = await givenAgreementAt(t, cast, 'draft.editing');
        const as = role === 'auditor' ? auditor : cast.official;
        const problem = await refused(as, draft, 'edit-text', { text: SAMPLE_TEXT }, 403);
        expect(problem.code).toBe('ROLE_NOT_PERMITTED');
      },
    );
  });

  describe('negotiation rounds and clause review', () => {
    it('makes the approved draft text round 1, proposed by us', async () => {
      const agreement = await negotiating();
      expect(agreement.text.current).toMatchObject({ round: 1, proposedBy: 'ours' });
      expect(agreement.text.versions.map((version) => version.round)).toEqual([1]);
      expect(agreement.allowedActions).toEqual(expect.arrayContaining(['add-round', 'finalize']));
    });

    it('records legal clearing, flagging and proposing wording, with who and when', async () => {
      let agreement = await negotiating();
      agreement = await act(cast.legal, agreement, 'review-clause', review('purpose', 'cleared'));
      agreement = await act(
        cast.legal,
        agreement,
        'review-clause',
        review('delegations', 'flagged', { comment: 'Ai chịu chi phí đi lại?' }),
      );
      const [purpose, delegations] = agreement.text.current?.clauses ?? [];
      expect(purpose?.review).toMatchObject({
        status: 'cleared',
        round: 1,
        reviewedBy: { id: cast.legal.user.id },
      });
      expect(delegations?.review).toMatchObject({
        status: 'flagged',
        comment: 'Ai chịu chi phí đi lại?',
      });

      const wording = { vi: 'Mỗi bên tự chịu chi phí đi lại.', ja: '旅費は各自が負担する。' };
      agreement = await act(
        cast.legal,
        agreement,
        'review-clause',
        review('delegations', 'proposed', { wording }),
      );
      expect(agreement.text.current?.clauses[1]?.review).toMatchObject({
        status: 'proposed',
        wording,
      });
    });

    it('is forbidden to a manager to review a clause and to an official to add a round: 403, no event', async () => {
      const agreement = await negotiating();
      const byManager = await refused(
        cast.manager,
        agreement,
        'review-clause',
        review('purpose', 'cleared'),
        403,
      );
      expect(byManager.code).toBe('ROLE_NOT_PERMITTED');
      const byOfficial = await refused(
        cast.official,
        agreement,
        'add-round',
        { proposedBy: 'partner', text: PARTNER_TEXT },
        403,
      );
      expect(byOfficial.code).toBe('ROLE_NOT_PERMITTED');
      const auditorFinalise = await refused(auditor, agreement, 'finalize', {}, 403);
      expect(auditorFinalise.code).toBe('ROLE_NOT_PERMITTED');
    });

    it('refuses a review of a clause the current text does not have', async () => {
      const agreement = await negotiating();
      const problem = await refused(
        cast.legal,
        agreement,
        'review-clause',
        review('budget', 'cleared'),
        422,
      );
      expect(problem).toMatchObject({ code: 'CLAUSE_NOT_FOUND', errors: [{ field: 'clauseKey' }] });
    });

    it('refuses to finalise while clauses are not cleared, listing their numbers', async () => {
      let agreement = await negotiating();
      agreement = await act(cast.legal, agreement, 'review-clause', review('purpose', 'cleared'));
      const problem = await refused(cast.legal, agreement, 'finalize', {}, 422);
      expect(problem).toMatchObject({ code: 'CLAUSES_NOT_CLEARED', clauses: [2] });
      expect(problem.detail).toContain('2');
    });

    it('keeps clearance of unchanged clauses across a partner round and asks again for changed ones', async () => {
      let agreement = await negotiating();
      agreement = await act(cast.legal, agreement, 'review-clause', review('purpose', 'cleared'));
      agreement = await act(
        cast.legal,
        agreement,
        'review-clause',
        review('delegations', 'cleared'),
      );
      agreement = await act(cast.manager, agreement, 'add-round', {
        proposedBy: 'partner',
        text: PARTNER_TEXT,
      });

      expect(agreement.text.current).toMatchObject({ round: 2, proposedBy: 'partner' });
      expect(
        agreement.text.current?.clauses.map((clause) => clause.review?.status ?? null),
      ).toEqual(['cleared', null, null]);
      const problem = await refused(cast.legal, agreement, 'finalize', {}, 422);
      expect(problem).toMatchObject({ code: 'CLAUSES_NOT_CLEARED', clauses: [2, 3] });
    });

    it('finalises with the SHA-256 of the canonical text, byte exact for Vietnamese and Japanese', async () => {
      let agreement = await negotiating();
      agreement = await act(cast.legal, agreement, 'add-round', {
        proposedBy: 'partner',
        text: PARTNER_TEXT,
      });
      for (const clause of PARTNER_TEXT.clauses) {
        agreement = await act(
          cast.legal,
          agreement,
          'review-clause',
          review(clause.key, 'cleared'),
        );
      }
      const expected = sha256(canonicalText(PARTNER_TEXT));

      const wrong = await refused(
        cast.legal,
        agreement,
        'finalize',
        { textHash: '0'.repeat(64) },
        422,
      );
      expect(wrong).toMatchObject({ code: 'TEXT_HASH_MISMATCH', textHash: expected });

      agreement = await act(cast.legal, agreement, 'finalize', { textHash: expected });
      expect(`${agreement.status}.${agreement.step}`).toBe('negotiation.text_final');
      const { rows } = await t.sql.query<{ payload: { textHash: string } }>(
        `SELECT payload FROM events WHERE stream_id = $1 AND type = 'TextFinalised'`,
        [agreement.id],
      );
      expect(rows[0]?.payload.textHash).toBe(expected);

      // Recomputed from the text as the api serves it back, the hash is the same.
      const versions = await t.request('GET', `/api/agreements/${agreement.id}/versions`, {
        token: auditor.token,
      });
      const served = versions.json<TextVersionView[]>()[1];
      const servedText: AgreementText = {
        languages: served?.languages ?? [],
        clauses: (served?.clauses ?? []).map(({ key, title, text }) => ({ key, title, text })),
      };
      expect(sha256(canonicalText(servedText))).toBe(expected);
      expect(served).toMatchObject({ round: 2, textHash: expected, finalisedHash: expected });
      // Every string comes back with the very bytes it was sent with (jsonb only reorders keys).
      PARTNER_TEXT.clauses.forEach((clause, index) => {
        for (const tag of ['vi', 'ja']) {
          expect(Buffer.from(servedText.clauses[index]?.text[tag] ?? '')).toEqual(
            Buffer.from(clause.text[tag] ?? 'missing'),
          );
          expect(Buffer.from(servedText.clauses[index]?.title[tag] ?? '')).toEqual(
            Buffer.from(clause.title[tag] ?? 'missing'),
          );
        }
      });
    });

    it('reopens a finalised text with add-round', async () => {
      let agreement = await negotiating();
      for (const clause of SAMPLE_TEXT.clauses) {
        agreement = await act(
          cast.legal,
          agreement,
          'review-clause',
          review(clause.key, 'cleared'),
        );
      }
      agreement = await act(cast.legal, agreement, 'finalize', {});
      agreement = await act(cast.legal, agreement, 'add-round', {
        proposedBy: 'partner',
        text: PARTNER_TEXT,
      });
      expect(`${agreement.status}.${agreement.step}`).toBe('negotiation.in_round');
      expect(
        agreement.text.versions.map((version) => [version.round, version.finalisedHash !== null]),
      ).toEqual([
        [1, true],
        [2, false],
      ]);
    });
  });

  describe('GET /api/agreements/{id}/versions/{a}/diff/{b}', () => {
    it('lists clauses added, changed and unchanged with word-level changes per language', async () => {
      let agreement = await negotiating();
      agreement = await act(cast.legal, agreement, 'add-round', {
        proposedBy: 'partner',
        text: PARTNER_TEXT,
      });
      const response = await t.request('GET', `/api/agreements/${agreement.id}/versions/1/diff/2`, {
        token: auditor.token,
      });
      expect(response.status).toBe(200);
      const diff = response.json<TextDiffView>();
      expect(diff.summary).toEqual({ added: 1, removed: 0, changed: 1, unchanged: 1 });
      expect(
        diff.clauses.map((clause) => [
          clause.key,
          clause.change,
          clause.fromNumber,
          clause.toNumber,
        ]),
      ).toEqual([
        ['purpose', 'unchanged', 1, 1],
        ['delegations', 'changed', 2, 2],
        ['camps', 'added', null, 3],
      ]);
      const delegations = diff.clauses[1]?.languages;
      const changed = (words: Array<{ value: string; change: string }> = []) =>
        words.filter((word) => word.change !== 'same').map((word) => [word.change, word.value]);
      expect(changed(delegations?.vi?.text)).toEqual([
        ['removed', 'một'],
        ['added', 'hai'],
      ]);
      // Japanese has no spaces: the segmenter still finds the one changed word.
      const ja = changed(delegations?.ja?.text);
      expect(ja.length).toBeGreaterThan(0);
      expect(ja.map(([, value]) => value).join('')).not.toContain('選手');
      expect(diff.clauses[0]?.languages.ja?.changed).toBe(false);

      const back = await t.request('GET', `/api/agreements/${agreement.id}/versions/2/diff/1`, {
        token: auditor.token,
      });
      expect(back.json<TextDiffView>().clauses.map((clause) => clause.change)).toEqual([
        'unchanged',
        'changed',
        'removed',
      ]);
    });

    it('answers 404 for a version that does not exist and 400 for a malformed one', async () => {
      const agreement = await negotiating();
      const missing = await t.request('GET', `/api/agreements/${agreement.id}/versions/1/diff/7`, {
        token: auditor.token,
      });
      expect(missing.status).toBe(404);
      const malformed = await t.request(
        'GET',
        `/api/agreements/${agreement.id}/versions/one/diff/2`,
        {
          token: auditor.token,
        },
      );
      expect(malformed.status).toBe(400);
      expect(malformed.json<Problem>().errors?.[0]?.field).toBe('a');
    });
  });

  it('documents the text routes and commands in OpenAPI, with examples', async () => {
    const response = await t.request('GET', '/api/openapi.json');
    const document = response.json<{
      paths: Record<
        string,
        Record<string, { responses?: Record<string, unknown>; requestBody?: unknown }>
      >;
    }>();
    const diff = document.paths['/api/agreements/{id}/versions/{a}/diff/{b}']?.get;
    expect(JSON.stringify(diff?.responses?.['200'])).toContain('二度');
    const action = JSON.stringify(
      document.paths['/api/agreements/{id}/{action}']?.post?.requestBody,
    );
    for (const name of ['edit-text', 'add-round', 'review-clause', 'finalize']) {
      expect(action).toContain(`"${name}"`);
    }
  });

  describe('integrity of text commands', () => {
    it('replays a repeated review with the same Idempotency-Key and records it once', async () => {
      const agreement = await negotiating();
      const body = review('purpose', 'cleared');
      const headers = { 'idempotency-key': `review-${agreement.id}` };
      const first = await actOn(t, cast.legal, agreement, 'review-clause', body, headers);
      const events = await eventCount(t, agreement.id);
      const again = await actOn(t, cast.legal, agreement, 'review-clause', body, headers);
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await eventCount(t, agreement.id)).toBe(events);
    });

    it('lets exactly one of two reviews at the same version through', async () => {
      const agreement = await negotiating();
      const before = await eventCount(t, agreement.id);
      const answers = await Promise.all([
        actOn(t, cast.legal, agreement, 'review-clause', review('purpose', 'cleared')),
        actOn(t, cast.legal, agreement, 'review-clause', review('delegations', 'cleared')),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(await eventCount(t, agreement.id)).toBe(before + 1);
    });

    it('records nothing when the same draft text is saved again', async () => {
      const agreement = await draftWithText();
      const events = await eventCount(t, agreement.id);
      const again = await act(cast.manager, agreement, 'edit-text', { text: SAMPLE_TEXT });
      expect(again.version).toBe(agreement.version);
      expect(await eventCount(t, agreement.id)).toBe(events);
    });
  });
});
