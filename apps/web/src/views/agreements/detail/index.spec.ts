import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, anEvent, auditor, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AgreementPage from './index.vue';

describe('agreement page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows every title, the UI language first, and the history oldest first in the UI language', async () => {
    fakeApi({
      'GET /api/agreements/a-1': { body: aDetail({ status: 'negotiation', step: 'in_round' }) },
      'GET /api/agreements/a-1/events': {
        body: [
          anEvent({ data: { title: { vi: 'Biên bản ghi nhớ' } } }),
          anEvent({
            position: '7',
            version: 2,
            type: 'DraftApproved',
            actor: auditor,
            data: { comment: 'Đồng ý' },
          }),
        ],
      },
    });
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      locale: 'ja',
      props: { id: 'a-1' },
    });
    await settle();
    const title = wrapper.find('[data-testid="agreement-title"]');
    expect(title.find('h1').text()).toContain('スポーツ協力に関する覚書');
    expect(title.text()).toContain('Biên bản ghi nhớ hợp tác thể thao');
    expect(wrapper.find('[data-testid="agreement-status"]').text()).toContain('交渉中');
    const events = wrapper.findAll('[data-testid="timeline-event"]');
    expect(events.map((e) => e.attributes('data-event-type'))).toEqual([
      'AgreementDrafted',
      'DraftApproved',
    ]);
    expect(events[0]?.text()).toContain('下書き作成');
    expect(events[0]?.text()).toContain('Nguyễn Văn An');
    expect(events[1]?.text()).toContain('下書きを承認');
    expect(events[1]?.text()).toContain('Иван Петров');
    expect(events[1]?.text()).toContain('監査担当');
    expect(events[1]?.text()).toContain('Đồng ý');
    wrapper.unmount();
  });

  it('says so kindly when the agreement does not exist', async () => {
    fakeApi({});
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/missing',
      user: official,
      props: { id: 'missing' },
    });
    await settle();
    const notFound = wrapper.find('[data-testid="agreement-not-found"]');
    expect(notFound.exists()).toBe(true);
    expect(notFound.text()).toContain('Agreement not found');
    wrapper.unmount();
  });
});
