/** How sessions behave in this deployment (from the environment; see app-config.ts). */
export interface AuthSettings {
  sessionTtlMs: number;
  /** True behind HTTPS; false for plain http://localhost, where a secure cookie is never sent. */
  cookieSecure: boolean;
  /** Login attempts allowed per IP and email within `loginWindowMs`. */
  loginAttempts: number;
  loginWindowMs: number;
}

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');
