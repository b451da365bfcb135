import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TransactionResponse } from './idempotent-transaction.js';

/** Status and headers as the command answered them (or first answered them, on a replay). */
export function answer<Body>(reply: FastifyReply, response: TransactionResponse<Body>): Body {
  void reply.status(response.status).headers(response.headers);
  if (response.replayed) void reply.header('idempotent-replayed', 'true');
  return response.body;
}

/** The request's path without its query: what an Idempotency-Key is remembered against. */
export function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}
