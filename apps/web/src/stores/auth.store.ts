import { can, type LoginInput, type Permission, type UserRef } from '@concordat/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { currentUserApi, loginApi, logoutApi } from '@/api/auth';
import { isApiError } from '@/api/client';

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';

export const useAuthStore = defineStore('auth', () => {
  const user = ref<UserRef | null>(null);
  const accessToken = ref<string | null>(null);
  const status = ref<SessionStatus>('unknown');
  let pendingCheck: Promise<void> | null = null;

  const isAuthenticated = computed(() => status.value === 'authenticated' && user.value !== null);

  function allows(permission: Permission): boolean {
    return user.value !== null && can(user.value.role, permission);
  }

  /** Asks the server once per page load who is signed in (the session lives in an httpOnly cookie). */
  function ensureChecked(): Promise<void> {
    if (status.value !== 'unknown') return Promise.resolve();
    pendingCheck ??= currentUserApi()
      .then((me) => {
        user.value = me;
        status.value = 'authenticated';
      })
      .catch((error: unknown) => {
        user.value = null;
        status.value = 'anonymous';
        if (!isApiError(error) || (error.status !== 401 && error.status !== 403)) {
          console.warn('Could not check the session', error);
        }
      })
      .finally(() => {
        pendingCheck = null;
      });
    return pendingCheck;
  }

  async function login(input: LoginInput): Promise<UserRef> {
    const session = await loginApi(input);
    accessToken.value = session.accessToken;
    user.value = session.user;
    status.value = 'authenticated';
    return session.user;
  }

  async function logout(): Promise<void> {
    try {
      await logoutApi();
    } finally {
      endSession();
    }
  }

  /** Forgets the session locally, e.g. after the server answered 401. */
  function endSession(): void {
    user.value = null;
    accessToken.value = null;
    status.value = 'anonymous';
  }

  return {
    user,
    accessToken,
    status,
    isAuthenticated,
    allows,
    ensureChecked,
    login,
    logout,
    endSession,
  };
});
