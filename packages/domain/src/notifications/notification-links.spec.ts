import { notificationPath } from './notification-links.js';

describe('notificationPath', () => {
  it('opens an agreement, a commitment on its agreement, and a digest as the owner’s overdue list', () => {
    expect(notificationPath({ type: 'agreement', id: 'a1' }, {})).toBe('/agreements/a1');
    expect(notificationPath({ type: 'commitment', id: 'c1' }, { agreementId: 'a1' })).toBe(
      '/agreements/a1',
    );
    expect(notificationPath({ type: 'user', id: 'u1' }, {})).toBe(
      '/commitments?owner=u1&overdue=true',
    );
  });
});
