import type { HttpClient } from './client';

export interface SessionHooks {
  /** The bearer token from the last sign-in; the httpOnly cookie covers page reloads. */
  getAccessToken: () => string | null;
  getLanguage: () => string;
  /** Called when an authenticated call answers 401: the session has ended. */
  onSessionEnded: () => void;
}

export function installInterceptors(client: HttpClient, hooks: SessionHooks): void {
  client.interceptors.request.push(({ headers }) => {
    headers.set('Accept-Language', hooks.getLanguage());
    const token = hooks.getAccessToken();
    if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  });
  client.interceptors.error.push((error, { options }) => {
    if (error.status === 401 && !options.skipAuthRedirect) hooks.onSessionEnded();
  });
}
