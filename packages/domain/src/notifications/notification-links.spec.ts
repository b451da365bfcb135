import { notificationPath } from './notification-links.js';

describe('notificationPath', () => {
  it('opens an agreement, a commitment at its row in its agreement’s panel, and a digest as the owner’s overdue list', () => {
    expect(notificationPath({ type: 'agreement', id: 'a1' }, {})).toBe('/agreements/a1');
    expect(notificationPath({ type: 'commitment', id: 'c1' }, { agreementId: 'a1' })).toBe(
      '/agreements/a1?commitment=c1#commitments',
    );
    expect(notificationPath({ type: 'commitment', id: 'c1' }, {})).toBe('/commitments');
    expect(notificationPath({ type: 'user', id: 'u1' }, {})).toBe(
      '/commitments?owner=u1&overdue=true',
    );
  });
});
