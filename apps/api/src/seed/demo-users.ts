import type { Role } from '@concordat/domain';

/** Shared by every demo account; printed at startup so anyone can try each role. */
export const DEMO_PASSWORD = 'concordat-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'official@concordat.demo', name: 'Nguyễn Thị Lan', role: 'official' },
  { email: 'legal@concordat.demo', name: 'Trần Minh Đức', role: 'legal' },
  { email: 'manager@concordat.demo', name: 'Ольга Смирнова', role: 'manager' },
  { email: 'auditor@concordat.demo', name: '佐藤 花子', role: 'auditor' },
  { email: 'admin@concordat.demo', name: 'Admin', role: 'admin' },
];
