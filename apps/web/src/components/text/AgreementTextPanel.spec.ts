import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { routes } from '@/router/routes';
import { aDetail } from '@/test/fixtures';
import { aRound, aTextView } from '@/test/text-fixtures';
import AgreementTextPanel from './AgreementTextPanel.vue';

async function mountPanel(agreement: ReturnType<typeof aDetail>, locale: 'en' | 'ru' = 'en') {
  const router = createRouter({ history: createMemoryHistory(), routes });
  const wrapper = mount(AgreementTextPanel, {
    props: { agreement },
    global: { plugins: [createPinia(), createAppI18n(locale), router] },
  });
  // Installing the router starts the first navigation, which loads a lazy page; a test that
  // ended before it finished left that import running after the environment was gone.
  await router.isReady();
  return wrapper;
}

describe('the text panel of the agreement page', () => {
  it('links to the review and the diff in negotiation, and to recording a round when allowed', async () => {
    const wrapper = await mountPanel(
      aDetail({
        status: 'negotiation',
        step: 'in_round',
        allowedActions: ['add-round', 'review-clause'],
        text: aTextView(),
      }),
    );
    expect(wrapper.find('[data-testid="link-add-round"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="link-review"]').attributes('href')).toBe(
      '/agreements/a-1/text/review',
    );
    expect(wrapper.find('[data-testid="link-diff"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="link-edit-text"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('1 of 2 clauses cleared');
  });

  it('offers to write the text of a draft that has none', async () => {
    const wrapper = await mountPanel(
      aDetail({ allowedActions: ['edit-text'], text: aTextView(null) }),
    );
    expect(wrapper.find('[data-testid="link-edit-text"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="link-review"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('No text has been written yet.');
  });

  it("lists clause titles in the text's first language when the UI language is not one of them", async () => {
    const wrapper = await mountPanel(aDetail({ text: aTextView(aRound()) }), 'ru');
    expect(wrapper.findAll('li').map((item) => item.text())).toEqual([
      expect.stringContaining('Mục đích'),
      expect.stringContaining('Trao đổi đoàn'),
    ]);
  });
});
