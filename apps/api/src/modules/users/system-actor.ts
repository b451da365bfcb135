import type { Actor } from '@concordat/domain';

/**
 * The actor of what the application does on its own (a renewal review opened by the
 * clock). It is a row of `users` (migration 1764060000000) because every event names its
 * actor there; it holds the admin role so the permission table lets it run lifecycle
 * commands, and it cannot sign in.
 */
export const SYSTEM_USER_ID = 'c0c0da70-5157-4e00-8000-000000000001';

export const SYSTEM_ACTOR: Actor = { userId: SYSTEM_USER_ID, role: 'admin' };
