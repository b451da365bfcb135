import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';

/**
 * Secrets that must never reach a log line, whatever logs the request: credentials in
 * headers, passwords in bodies, tokens in responses and the session cookie being set.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.token',
];

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class LoggingModule {
  /** `stream`: where log lines go instead of stdout (tests read them to check redaction). */
  static register(level: string, stream?: DestinationStream): DynamicModule {
    const options = {
      level,
      // Fastify already chose the id (see request-id.ts); log the same one.
      genReqId: (request) => request.id,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      customLogLevel: (_request, response, error) =>
        error !== undefined || response.statusCode >= 500
          ? 'error'
          : response.statusCode >= 400
            ? 'warn'
            : 'info',
    } satisfies Options;
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // nestjs-pino's default route pattern does not match under Fastify in Nest 12.
          forRoutes: ['{*path}'],
          pinoHttp: stream === undefined ? options : [options, stream],
        }),
      ],
    };
  }
}
