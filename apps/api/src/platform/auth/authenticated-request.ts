import type { UserRef } from '@concordat/domain';

// What the authentication guard leaves on the request for the handlers after it.
declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; absent on public routes. */
    user?: UserRef;
  }
}
