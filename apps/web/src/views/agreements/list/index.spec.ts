import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aPage, anAgreement, auditor, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import ListPage from './index.vue';

describe('agreements list page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the filters a dashboard number links with, and exports that list as CSV', async () => {
    const api = fakeApi({
      'GET /api/agreements': (request) =>
        queryOf(request).get('format') === 'csv'
          ? { body: 'title,status', headers: { 'Content-Type': 'text/csv; charset=utf-8' } }
          : { body: aPage([anAgreement()]) },
    });
    // jsdom has no object URLs; the download itself is the browser's business.
    Object.assign(URL, { createObjectURL: () => 'blob:csv', revokeObjectURL: () => undefined });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { wrapper } = await mountPage(ListPage, {
      path: '/agreements?status=draft&step=awaiting_approval&expiresWithinDays=90',
      user: official,
    });
    await settle();
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toMatchObject({
      status: 'draft',
      step: 'awaiting_approval',
      expiresWithinDays: '90',
    });
    expect(wrapper.find('[data-testid="filter-step"]').text()).toBe('Step: Awaiting approval');
    expect(wrapper.find('[data-testid="filter-expires"]').text()).toBe('Ending within 90 days');

    await wrapper.find('[data-testid="agreements-export"]').trigger('click');
    await settle();
    const exported = api.requests.find((request) => queryOf(request).get('format') === 'csv');
    expect(Object.fromEntries(queryOf(exported!))).toMatchObject({
      step: 'awaiting_approval',
      expiresWithinDays: '90',
      format: 'csv',
    });
    expect(queryOf(exported!).has('page')).toBe(false);
    expect(saved).toEqual(['agreements.csv']);
    click.mockRestore();
  });

  it('invites the first draft when there are no agreements yet', async () => {
    fakeApi({ 'GET /api/agreements': { body: aPage([]) } });
    const { wrapper } = await mountPage(ListPage, { path: '/agreements', user: official });
    await settle();
    const empty = wrapper.find('[data-testid="agreements-empty"]');
    expect(empty.exists()).toBe(true);
    expect(empty.text()).toContain('No agreements yet');
    expect(empty.text()).toContain('Create the first draft');
    expect(wrapper.find('[data-testid="agreement-row"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('offers to clear the filters when nothing matches them', async () => {
    const api = fakeApi({ 'GET /api/agreements': { body: aPage([]) } });
    const { wrapper, router } = await mountPage(ListPage, {
      path: '/agreements?q=zzz&status=active',
      user: official,
      locale: 'ru',
    });
    await settle();
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toMatchObject({
      q: 'zzz',
      status: 'active',
    });
    const empty = wrapper.find('[data-testid="agreements-empty"]');
    expect(empty.text()).toContain('Ничего не найдено');
    await empty.find('button').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({});
    wrapper.unmount();
  });

  it('does not offer a new draft to a role that may not create one', async () => {
    fakeApi({ 'GET /api/agreements': { body: aPage([]) } });
    const { wrapper } = await mountPage(ListPage, { path: '/agreements', user: auditor });
    await settle();
    expect(wrapper.find('[data-testid="new-agreement"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="agreements-empty"]').text()).not.toContain(
      'Create the first draft',
    );
    wrapper.unmount();
  });

  it('lists agreements with the title in the UI language and a formatted total', async () => {
    fakeApi({ 'GET /api/agreements': { body: aPage([anAgreement()], 1234) } });
    const { wrapper } = await mountPage(ListPage, {
      path: '/agreements',
      user: official,
      locale: 'ja',
    });
    await settle();
    const rows = wrapper.findAll('[data-testid="agreement-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text()).toBe('スポーツ協力に関する覚書');
    expect(wrapper.find('[data-testid="agreements-total"]').text()).toBe('全 1,234 件');
    wrapper.unmount();
  });

  it('lists an agreement with an amendment running as active, with the amendment stage', async () => {
    const amending = anAgreement({
      status: 'draft',
      step: 'awaiting_approval',
      amendmentInProgress: 1,
    });
    fakeApi({ 'GET /api/agreements': { body: aPage([amending]) } });
    const { wrapper } = await mountPage(ListPage, { path: '/agreements', user: official });
    await settle();
    const tag = wrapper.find('.status__tag');
    expect(tag.text()).toBe('Active');
    expect(wrapper.find('[data-testid="amendment-stage"]').text()).toBe(
      'Amendment 1: Draft · Awaiting approval',
    );
    wrapper.unmount();
  });

  it('shows the title in the language the user gave first when the UI language is not among them', async () => {
    fakeApi({ 'GET /api/agreements': { body: aPage([anAgreement()]) } });
    const { wrapper } = await mountPage(ListPage, { path: '/agreements', user: official });
    await settle();
    expect(wrapper.find('[data-testid="agreement-row"]').text()).toBe(
      'Biên bản ghi nhớ hợp tác thể thao',
    );
    wrapper.unmount();
  });

  it('keeps the status column on screen at a tablet’s width, without our organisation', async () => {
    // jsdom lays nothing out: say the window is 820 px wide, as a tablet held upright.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 1100px)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    try {
      fakeApi({ 'GET /api/agreements': { body: aPage([anAgreement()]) } });
      await mountPage(ListPage, { path: '/agreements', user: official });
      await settle();
      const headers = [...document.querySelectorAll('.agreements-table th')].map((th) =>
        th.textContent?.trim(),
      );
      expect(headers).toEqual(['Title', 'Partners', 'Status', 'Updated']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
