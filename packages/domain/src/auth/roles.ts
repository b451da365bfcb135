export const ROLES = ['official', 'legal', 'manager', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The user acting on a command, as every event records it. */
export interface Actor {
  userId: string;
  role: Role;
}
