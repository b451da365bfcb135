import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { createApp } from '../../src/app.js';
import type { AppOptions } from '../../src/config/app-options.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON; the caller names the type it expects to find. */
  json<T>(): T;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** Direct access to the app's database, for setup and for checking what was stored. */
  sql: pg.Pool;
  baseUrl: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: RequestOptions,
  ): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Options of an app under test: no demo data, no web app, no log noise. */
export const TEST_APP_OPTIONS: AppOptions = {
  dataDir: '/nonexistent',
  seed: 'none',
  serveWeb: false,
  swaggerUi: false,
  webDistDir: '/nonexistent',
  logLevel: 'silent',
  sessionTtlMs: 12 * 60 * 60 * 1000,
  cookieSecure: false,
  loginAttempts: 10,
  loginWindowMs: 60_000,
  checkpointCron: '0 * * * *',
  notifications: {
    smtpFrom: 'Concordat <no-reply@concordat.test>',
    publicUrl: 'http://concordat.test',
    reminderCron: '*/15 * * * *',
    escalateAfterDays: 2,
    renewalNoticeDays: 30,
  },
};

/**
 * The app on its own fresh database, migrated, without demo data unless asked for.
 * `route` rewrites the URL the app connects with (e.g. through a proxy a test can cut);
 * `sql` always connects directly.
 */
export async function startTestApp(
  overrides: Partial<AppOptions> = {},
  route: (databaseUrl: string) => string = (url) => url,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const { app } = await createApp({
    ...TEST_APP_OPTIONS,
    databaseUrl: route(database.url),
    ...overrides,
  }).catch(async (error: unknown) => {
    // A failed start must not leave its database behind on a shared server.
    await database.drop();
    throw error;
  });
  // A real socket: Fastify's inject() needs an ESM-only package Jest cannot load on Node 20.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address !== 'object')
    throw new Error('the app is not listening on a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const sql = new pg.Pool({ connectionString: database.url, max: 3 });
  return {
    app,
    database,
    sql,
    baseUrl,
    request: (method, path, options = {}) => send(baseUrl, method, path, options),
    close: async () => {
      await sql.end();
      await app.close();
      await database.drop();
    },
  };
}

async function send(
  baseUrl: string,
  method: string,
  path: string,
  { token, body, rawBody, headers = {} }: RequestOptions,
): Promise<HttpResponse> {
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { body: payload } : {}),
  });
  const text = await response.text();
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  return {
    status: response.status,
    headers: responseHeaders,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}
