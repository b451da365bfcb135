import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { DatabaseServer } from '../database/database-server.js';
import { DATABASE_SERVER } from '../database/database.tokens.js';
import { JobQueue } from './job-queue.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Global()
@Module({})
export class JobsModule {
  /** The queue on the app's own database server. */
  static register(server: DatabaseServer): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: DATABASE_SERVER, useValue: server }, JobQueue],
      exports: [JobQueue],
    };
  }
}
