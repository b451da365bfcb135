import type { OutboxMessageView, Page } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { admin } from '@/test/notification-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import OutboxPage from './index.vue';

const mail: OutboxMessageView = {
  id: 'm-1',
  notificationId: 'n-1',
  to: 'lan@concordat.demo',
  language: 'ja',
  subject: '見直し開始：卓球協力',
  body: '「卓球協力」は2027年1月15日に失効します。',
  state: 'stored',
  attempts: 0,
  lastError: null,
  createdAt: '2026-12-16T01:00:00.000Z',
  sentAt: null,
};

describe('admin mail outbox', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the mail written for notifications with its language and state', async () => {
    const page: Page<OutboxMessageView> = { items: [mail], total: 1, page: 1, pageSize: 20 };
    const api = fakeApi({ 'GET /api/admin/outbox': { body: page } });
    const { wrapper } = await mountPage(OutboxPage, { path: '/admin/outbox', user: admin });
    await settle();

    const table = wrapper.find('[data-testid="outbox-table"]');
    expect(table.text()).toContain('lan@concordat.demo');
    expect(table.text()).toContain('見直し開始：卓球協力');
    expect(table.text()).toContain('日本語');
    expect(table.text()).toContain('Kept here');
    expect(api.requests[0]?.url).toBe('/api/admin/outbox?page=1&pageSize=20');
    wrapper.unmount();
  });

  it('says so when no mail was written', async () => {
    fakeApi({ 'GET /api/admin/outbox': { body: { items: [], total: 0, page: 1, pageSize: 20 } } });
    const { wrapper } = await mountPage(OutboxPage, { path: '/admin/outbox', user: admin });
    await settle();
    expect(wrapper.find('[data-testid="outbox-empty"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
