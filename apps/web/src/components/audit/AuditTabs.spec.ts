import type { UserRef } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { auditor, official } from '@/test/fixtures';
import { mountPage } from '@/test/mount-page';
import AuditTabs from './AuditTabs.vue';

const admin: UserRef = {
  id: 'u-admin',
  name: 'Quản trị viên',
  email: 'admin@concordat.demo',
  role: 'admin',
};

async function tabsAt(path: string, user: UserRef, locale: 'en' | 'ja' = 'en') {
  fakeApi({});
  const mounted = await mountPage(AuditTabs, { path, user, locale });
  const tabs = mounted.wrapper.findAll('[data-testid^="audit-tab-"]');
  return { ...mounted, tabs };
}

describe('audit tabs', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives an auditor the log, exports and integrity, the open page marked current', async () => {
    const { wrapper, tabs } = await tabsAt('/audit/exports', auditor);
    expect(tabs.map((tab) => tab.text())).toEqual(['Audit log', 'Exports', 'Integrity']);
    expect(tabs.map((tab) => tab.attributes('aria-current') ?? null)).toEqual([null, 'page', null]);
    expect(tabs.map((tab) => tab.attributes('href'))).toEqual([
      '/audit',
      '/audit/exports',
      '/audit/integrity',
    ]);
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Audit sections');
    wrapper.unmount();
  });

  it('names the tabs in the reader’s language', async () => {
    const { wrapper, tabs } = await tabsAt('/audit/integrity', admin, 'ja');
    expect(tabs.map((tab) => tab.text())).toEqual(['監査ログ', 'エクスポート', '完全性']);
    expect(wrapper.find('[aria-current="page"]').text()).toBe('完全性');
    wrapper.unmount();
  });

  it('keeps the filters of the open page on its own tab', async () => {
    const { wrapper } = await tabsAt('/audit?agreementId=a-1&type=AgreementApproved', auditor);
    expect(wrapper.find('[data-testid="audit-tab-log"]').attributes('href')).toBe(
      '/audit?agreementId=a-1&type=AgreementApproved',
    );
    wrapper.unmount();
  });

  it('shows an official only what they may use, and no strip for a single page', async () => {
    const onLog = await tabsAt('/audit?agreementId=a-1', official);
    // Here from an agreement's history link: the log stays listed as the page they are on.
    expect(onLog.tabs.map((tab) => tab.attributes('data-testid'))).toEqual([
      'audit-tab-log',
      'audit-tab-exports',
    ]);
    onLog.wrapper.unmount();

    const onExports = await tabsAt('/audit/exports', official);
    expect(onExports.wrapper.find('[data-testid="audit-tabs"]').exists()).toBe(false);
    onExports.wrapper.unmount();
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { wrapper, tabs } = await tabsAt('/audit', auditor);
    const focused = () => document.activeElement?.getAttribute('data-testid');
    const press = (key: string) =>
      wrapper
        .find('nav')
        .element.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );

    (tabs[0]?.element as HTMLElement).focus();
    press('ArrowRight');
    expect(focused()).toBe('audit-tab-exports');
    press('End');
    expect(focused()).toBe('audit-tab-integrity');
    press('ArrowRight');
    expect(focused()).toBe('audit-tab-log');
    press('ArrowLeft');
    expect(focused()).toBe('audit-tab-integrity');
    press('Home');
    expect(focused()).toBe('audit-tab-log');
    wrapper.unmount();
  });
});
