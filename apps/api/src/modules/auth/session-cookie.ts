import type { CookieSerializeOptions } from '@fastify/cookie';

/** The session cookie: unreadable by scripts, never sent cross-site, valid for the whole app. */
export function sessionCookieOptions(secure: boolean, expires?: Date): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
    ...(expires !== undefined ? { expires } : {}),
  };
}
