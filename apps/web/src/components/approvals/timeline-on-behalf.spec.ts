import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import AgreementTimeline from '@/components/agreements/AgreementTimeline.vue';
import { createAppI18n } from '@/i18n';
import { anEvent, official } from '@/test/fixtures';

describe('the timeline of an approval decided by a substitute', () => {
  it('names the substitute as the actor and the approver they stood in for', () => {
    const lan = { ...official, id: 'u-lan', name: 'Nguyễn Thị Lan' };
    const wrapper = mount(AgreementTimeline, {
      props: {
        events: [
          anEvent({ type: 'ApprovalDecisionRecorded', actor: official, onBehalfOf: lan }),
          anEvent({ position: '8', version: 3, type: 'DraftApproved', actor: official }),
        ],
      },
      global: { plugins: [createAppI18n('vi')] },
    });
    const lines = wrapper.findAll('[data-testid="event-on-behalf-of"]');
    expect(lines.map((line) => line.text())).toEqual(['thay mặt Nguyễn Thị Lan']);
    expect(wrapper.text()).toContain('Đã ghi nhận phê duyệt');
  });
});
