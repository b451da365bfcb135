import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is honoured only if it looks like an id: it ends up in logs and headers.
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * Fastify's request id: the caller's `x-request-id` (so a trace spans services) or a new
 * UUID. Fastify puts it on the request, pino-http logs it, and a hook echoes it back.
 */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}
