import { PERMISSIONS, can } from './permissions.js';
import type { Permission } from './permissions.js';
import { ROLES } from './roles.js';

describe('can', () => {
  it('lets every role read agreements', () => {
    for (const role of ROLES) expect(can(role, 'agreement.read')).toBe(true);
  });

  it('keeps auditors read-only', () => {
    expect(can('auditor', 'agreement.create')).toBe(false);
    expect(can('auditor', 'agreement.edit')).toBe(false);
    expect(can('auditor', 'agreement.history.read')).toBe(true);
  });

  it('lets officials, legal and managers create and edit', () => {
    for (const role of ['official', 'legal', 'manager'] as const) {
      expect(can(role, 'agreement.create')).toBe(true);
      expect(can(role, 'agreement.edit')).toBe(true);
    }
  });

  it('lets an admin do everything', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[])
      expect(can('admin', permission)).toBe(true);
  });
});
