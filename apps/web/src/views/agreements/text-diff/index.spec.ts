import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import { aDiff, aTextView } from '@/test/text-fixtures';
import TextDiffPage from './index.vue';

describe('round-to-round diff page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('compares the last two rounds by default and highlights changed words per language', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': {
        body: aDetail({ status: 'negotiation', step: 'in_round', text: aTextView() }),
      },
      'GET /api/agreements/a-1/versions/1/diff/2': { body: aDiff() },
    });
    const { wrapper } = await mountPage(TextDiffPage, {
      path: '/agreements/a-1/text/diff',
      user: official,
      locale: 'ja',
      props: { id: 'a-1' },
    });
    await settle();
    expect(api.requests.map((request) => request.url)).toContain(
      '/api/agreements/a-1/versions/1/diff/2',
    );
    // Unchanged clauses are hidden until asked for.
    const clauses = wrapper.findAll('[data-testid="diff-clause"]');
    expect(clauses.map((clause) => clause.attributes('data-change'))).toEqual(['changed']);
    const ja = clauses[0]?.find('[lang="ja"]');
    expect(ja?.find('del').text()).toBe('一度');
    expect(ja?.find('ins').text()).toBe('二度');
    expect(clauses[0]?.find('[lang="vi"] ins').text()).toBe('hai');
    expect(wrapper.find('[data-testid="diff-summary"]').text()).toBe(
      '追加0、削除0、変更1、変更なし1',
    );

    await wrapper.find('[data-testid="diff-show-unchanged"] input').setValue(true);
    await settle();
    expect(wrapper.findAll('[data-testid="diff-clause"]')).toHaveLength(2);
    wrapper.unmount();
  });

  it('follows the rounds named in the URL', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: aDetail({ text: aTextView() }) },
      'GET /api/agreements/a-1/versions/2/diff/1': { body: aDiff() },
    });
    const { wrapper } = await mountPage(TextDiffPage, {
      path: '/agreements/a-1/text/diff?from=2&to=1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    expect(api.requests.map((request) => request.url)).toContain(
      '/api/agreements/a-1/versions/2/diff/1',
    );
    wrapper.unmount();
  });

  it('explains that one version cannot be compared', async () => {
    const text = aTextView();
    fakeApi({
      'GET /api/agreements/a-1': {
        body: aDetail({ text: { ...text, versions: text.versions.slice(0, 1) } }),
      },
    });
    const { wrapper } = await mountPage(TextDiffPage, {
      path: '/agreements/a-1/text/diff',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    expect(wrapper.find('[data-testid="diff-need-two"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
