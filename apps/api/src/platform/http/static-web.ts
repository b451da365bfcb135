import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Serves the built web app on the api's port. Files are served as they are; any other GET
 * outside /api gets index.html, so the SPA router can handle deep links. /api stays the
 * api's: an unknown /api path is a 404 problem, never the SPA.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  distDir: string,
  logger: Logger,
): Promise<boolean> {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) {
    logger.warn(
      `No built web app at ${root} (run "npm run build -w @concordat/web"); serving the API only.`,
    );
    return false;
  }
  // Loaded only when there is something to serve: it pulls in an ESM-only dependency that
  // Jest's module runtime cannot require on Node 20, and tests never serve the web app.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, { root, serve: false });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (path === '/api' || path.startsWith('/api/')) {
      reply.callNotFound();
      return reply;
    }
    const file = resolve(root, `.${path}`);
    const insideRoot = file === root || file.startsWith(root + sep);
    if (insideRoot && (await isFile(file))) return reply.sendFile(file.slice(root.length + 1));
    return reply.type('text/html').sendFile('index.html');
  });
  logger.log(`Serving the web app from ${root}`);
  return true;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
