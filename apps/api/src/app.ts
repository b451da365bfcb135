import type { IncomingMessage } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppOptions } from './config/app-options.js';
import { type DatabaseServer, externalDatabase } from './platform/database/database-server.js';
import { startEmbeddedPostgres } from './platform/database/embedded-postgres.server.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { serveWebApp } from './platform/http/static-web.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './platform/logging/request-id.js';
import { HttpMetrics } from './platform/metrics/http-metrics.js';
import { setUpOpenApi } from './platform/openapi/openapi.js';
import { DemoSeeder } from './seed/demo-seeder.js';
import type { DemoUser } from './seed/demo-users.js';

export interface ConcordatApp {
  app: NestFastifyApplication;
  database: DatabaseServer;
  /** True when this start filled an empty database with the demo data. */
  seeded: boolean;
  /** Demo accounts present in the database (seeded now or earlier). */
  demoUsers: DemoUser[];
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the whole application, ready to listen: database (external or embedded, migrated),
 * Nest on Fastify, security headers, OpenAPI, the web app, and the demo seed. Tests call it
 * directly; main.ts adds the port and signal handling. Closing the app stops the embedded
 * database too.
 */
export async function createApp(options: AppOptions): Promise<ConcordatApp> {
  const logger = new Logger('Concordat');
  const database =
    options.databaseUrl !== undefined
      ? externalDatabase(options.databaseUrl)
      : await startEmbeddedDatabase(options.dataDir, logger);
  let app: NestFastifyApplication | undefined;
  try {
    const adapter = new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      requestIdHeader: false,
      genReqId: (request: IncomingMessage) => requestIdFrom(request.headers),
    });
    adapter.getInstance().addHook('onRequest', (request, reply, done) => {
      void reply.header(REQUEST_ID_HEADER, request.id);
      done();
    });
    // abortOnError: false lets a failed start reject (and stop the database) instead of
    // exiting the process, which tests and main.ts both need.
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register(options, database),
      adapter,
      // Nest types its options as a class; a literal is how every Nest app passes them.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(PinoLogger));
    // Before init registers the routes' hooks, so every route is timed.
    app.get(HttpMetrics).attach(app.getHttpAdapter().getInstance());
    await app.register(fastifyCookie);
    // Attachment uploads; the route sets its own size limit (MAX_ATTACHMENT_BYTES).
    await app.register(fastifyMultipart);
    await registerSecurityHeaders(app);
    setUpOpenApi(app, options.swaggerUi);
    if (options.serveWeb) await serveWebApp(app, options.webDistDir, logger);
    await app.init();

    const seeder = app.get(DemoSeeder);
    const seeded = options.seed === 'demo' ? await seeder.seedIfEmpty() : false;
    return { app, database, seeded, demoUsers: await seeder.demoUsersPresent() };
  } catch (error) {
    // Closing the app closes the pool and stops the database (DatabaseLifecycle).
    if (app === undefined) await database.stop();
    else await app.close();
    throw error;
  }
}

function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<DatabaseServer> {
  logger.log(`No DATABASE_URL: starting embedded PostgreSQL with data in ${dataDir}`);
  return startEmbeddedPostgres({
    dataDir,
    // PostgreSQL is chatty on start and stop; only its complaints are worth a log line.
    onLog: (message) => {
      if (/\b(ERROR|FATAL|PANIC)\b/.test(message)) logger.warn(message.trim());
    },
  });
}
