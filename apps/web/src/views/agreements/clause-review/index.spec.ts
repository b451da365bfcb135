import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import { aRound, aTextView, legal } from '@/test/text-fixtures';
import ClauseReviewPage from './index.vue';

const inRound = (allowedActions: ReturnType<typeof aDetail>['allowedActions']) =>
  aDetail({
    status: 'negotiation',
    step: 'in_round',
    version: 7,
    allowedActions,
    text: aTextView(),
  });

describe('clause review page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows both languages side by side with each clause status and the progress', async () => {
    fakeApi({ 'GET /api/agreements/a-1': { body: inRound(['review-clause']) } });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: legal,
      locale: 'vi',
      props: { id: 'a-1' },
    });
    await settle();
    const clauses = wrapper.findAll('[data-testid="review-clause"]');
    expect(clauses.map((clause) => clause.attributes('data-status'))).toEqual([
      'cleared',
      'unreviewed',
    ]);
    expect(clauses[1]?.find('[lang="vi"]').text()).toContain('Mỗi năm hai lần.');
    expect(clauses[1]?.find('[lang="ja"]').text()).toContain('年に二度。');
    expect(clauses[0]?.text()).toContain('Trần Minh Đức');
    expect(wrapper.find('[data-testid="review-progress"]').text()).toBe(
      'Đã thông qua 1/2 điều khoản',
    );
    wrapper.unmount();
  });

  it('clears a clause in one click, at the loaded version', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: inRound(['review-clause']), headers: { ETag: '"7"' } },
      'POST /api/agreements/a-1/review-clause': {
        body: inRound(['review-clause']),
        headers: { ETag: '"8"' },
      },
    });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: legal,
      props: { id: 'a-1' },
    });
    await settle();
    await wrapper.find('[data-testid="clear-delegations"]').trigger('click');
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({ clauseKey: 'delegations', status: 'cleared' });
    expect(post?.headers.get('If-Match')).toBe('"7"');
    wrapper.unmount();
  });

  it('flags a clause with a comment from the keyboard: K/J to reach it, F to open the form', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: inRound(['review-clause']) },
      'POST /api/agreements/a-1/review-clause': { body: inRound(['review-clause']) },
    });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: legal,
      props: { id: 'a-1' },
    });
    await settle();
    const clauses = wrapper.findAll('[data-testid="review-clause"]');
    (clauses[0]?.element as HTMLElement).focus();
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true }),
    );
    expect(document.activeElement).toBe(clauses[1]?.element);
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'f', bubbles: true }),
    );
    await settle();
    await wrapper.find('[data-testid="review-comment"]').setValue('Ai chịu chi phí?');
    await wrapper.find('[data-testid="review-form"]').trigger('submit');
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      clauseKey: 'delegations',
      status: 'flagged',
      comment: 'Ai chịu chi phí?',
    });
    wrapper.unmount();
  });

  it('proposes wording in every language, prefilled with the clause text', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: inRound(['review-clause']) },
      'POST /api/agreements/a-1/review-clause': { body: inRound(['review-clause']) },
    });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: legal,
      props: { id: 'a-1' },
    });
    await settle();
    await wrapper.find('[data-testid="propose-delegations"]').trigger('click');
    await settle();
    await wrapper.find('[data-testid="wording-ja"]').setValue('年に一度。');
    await wrapper.find('[data-testid="review-form"]').trigger('submit');
    await settle();
    expect(api.requests.find((request) => request.method === 'POST')?.body).toEqual({
      clauseKey: 'delegations',
      status: 'proposed',
      wording: { vi: 'Mỗi năm hai lần.', ja: '年に一度。' },
    });
    wrapper.unmount();
  });

  it('offers no review buttons to someone who may not review', async () => {
    fakeApi({ 'GET /api/agreements/a-1': { body: inRound([]) } });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.find('[data-testid="clear-delegations"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="review-clause"]')).toHaveLength(2);
    wrapper.unmount();
  });

  it('says so when there is no negotiated text yet', async () => {
    fakeApi({
      'GET /api/agreements/a-1': {
        body: aDetail({ text: aTextView(aRound({ round: 0 })) }),
      },
    });
    const { wrapper } = await mountPage(ClauseReviewPage, {
      path: '/agreements/a-1/text/review',
      user: legal,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.find('[data-testid="review-none"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
