import type { LoginInput, SessionView, UserRef } from '@concordat/domain';
import { httpClient } from './client';

export function loginApi(input: LoginInput): Promise<SessionView> {
  return httpClient.post<SessionView>('/api/auth/login', input, { skipAuthRedirect: true });
}

export function currentUserApi(): Promise<UserRef> {
  return httpClient.get<UserRef>('/api/auth/me', { skipAuthRedirect: true });
}

export function logoutApi(): Promise<void> {
  return httpClient.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true });
}
