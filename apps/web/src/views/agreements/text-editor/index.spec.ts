import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, manager } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import { aRound, aTextView } from '@/test/text-fixtures';
import TextEditorPage from './index.vue';

describe('text editor page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('saves the draft text with edit-text, clause by clause in every language', async () => {
    const draft = aDetail({ allowedActions: ['edit', 'edit-text'], text: aTextView(null) });
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: draft, headers: { ETag: '"1"' } },
      'POST /api/agreements/a-1/edit-text': { body: draft, headers: { ETag: '"2"' } },
    });
    const { wrapper } = await mountPage(TextEditorPage, {
      path: '/agreements/a-1/text/edit',
      user: manager,
      props: { id: 'a-1' },
    });
    await settle();
    await wrapper.find('[data-testid="clause-title-0-vi"]').setValue('Mục đích');
    await wrapper.find('[data-testid="clause-title-0-ja"]').setValue('目的');
    await wrapper.find('[data-testid="clause-text-0-vi"]').setValue('Hai bên hợp tác.');
    await wrapper.find('[data-testid="save-text"]').trigger('click');
    await settle();
    // The Japanese text is missing: nothing is sent, and the problem is named.
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(wrapper.find('[data-testid="text-problem"]').text()).toContain('Clause 1');

    await wrapper.find('[data-testid="clause-text-0-ja"]').setValue('両者は協力する。');
    await wrapper.find('[data-testid="save-text"]').trigger('click');
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"1"');
    expect(post?.body).toMatchObject({
      text: {
        languages: [
          { tag: 'vi', authentic: true },
          { tag: 'ja', authentic: true },
        ],
        clauses: [
          {
            title: { vi: 'Mục đích', ja: '目的' },
            text: { vi: 'Hai bên hợp tác.', ja: '両者は協力する。' },
          },
        ],
      },
    });
    wrapper.unmount();
  });

  it('records a partner round with add-round, starting from the current text and keeping clause keys', async () => {
    const negotiating = aDetail({
      status: 'negotiation',
      step: 'in_round',
      allowedActions: ['add-round', 'review-clause', 'finalize'],
      text: aTextView(aRound()),
    });
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: negotiating },
      'POST /api/agreements/a-1/add-round': { body: negotiating },
    });
    const { wrapper } = await mountPage(TextEditorPage, {
      path: '/agreements/a-1/text/edit',
      user: manager,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.findAll('[data-testid="editor-clause"]')).toHaveLength(2);
    await wrapper.find('[data-testid="clause-text-1-ja"]').setValue('年に三度。');
    await wrapper.find('[data-testid="save-text"]').trigger('click');
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({
      proposedBy: 'partner',
      text: { clauses: [{ key: 'purpose' }, { key: 'delegations', text: { ja: '年に三度。' } }] },
    });
    wrapper.unmount();
  });

  it('shows the text read-only where it cannot be changed', async () => {
    fakeApi({
      'GET /api/agreements/a-1': {
        body: aDetail({ status: 'active', step: 'in_force', text: aTextView(aRound()) }),
      },
    });
    const { wrapper } = await mountPage(TextEditorPage, {
      path: '/agreements/a-1/text/edit',
      user: manager,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.find('[data-testid="text-editor-not-allowed"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="save-text"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("takes legal's proposed wording into our next round", async () => {
    const round = aRound();
    const proposed = {
      ...round,
      clauses: round.clauses.map((clause) =>
        clause.key === 'delegations'
          ? {
              ...clause,
              review: {
                status: 'proposed' as const,
                round: 2,
                comment: null,
                wording: { vi: 'Mỗi năm một lần.', ja: '年に一度。' },
                reviewedBy: manager,
                reviewedAt: '2026-11-22T10:00:00.000Z',
              },
            }
          : clause,
      ),
    };
    const negotiating = aDetail({
      status: 'negotiation',
      step: 'in_round',
      allowedActions: ['add-round'],
      text: aTextView(proposed),
    });
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: negotiating },
      'POST /api/agreements/a-1/add-round': { body: negotiating },
    });
    const { wrapper } = await mountPage(TextEditorPage, {
      path: '/agreements/a-1/text/edit',
      user: manager,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.find('[data-testid="use-wording-0"]').exists()).toBe(false);
    await wrapper.find('[data-testid="use-wording-1"]').trigger('click');
    await wrapper.find('[data-testid="save-text"]').trigger('click');
    await settle();
    expect(api.requests.find((request) => request.method === 'POST')?.body).toMatchObject({
      proposedBy: 'ours',
      text: {
        clauses: [
          { key: 'purpose' },
          { key: 'delegations', text: { vi: 'Mỗi năm một lần.', ja: '年に一度。' } },
        ],
      },
    });
    wrapper.unmount();
  });
});
