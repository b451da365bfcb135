import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source.options.js';
import { DatabaseLifecycle } from './database-lifecycle.js';
import { openMigratedDataSource } from './migrate-under-lock.js';
import type { DatabaseServer } from './database-server.js';
import { DATABASE_SERVER } from './database.tokens.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class DatabaseModule {
  static register(server: DatabaseServer, quiet: boolean): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(server.url, quiet),
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
          // Migrations run under a lock, so replicas may start together (migrate-under-lock).
          dataSourceFactory: (options) => {
            if (options === undefined) throw new Error('no data source options');
            return openMigratedDataSource(options);
          },
        }),
      ],
      providers: [{ provide: DATABASE_SERVER, useValue: server }, DatabaseLifecycle],
      exports: [DATABASE_SERVER],
    };
  }
}
