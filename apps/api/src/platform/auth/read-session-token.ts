import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-token.js';

/** The token from `Authorization: Bearer …`, else from the session cookie. */
export function readSessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match?.[1] !== undefined) return match[1];
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie !== undefined && cookie !== '' ? cookie : undefined;
}
