import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DatabaseServer } from './database-server.js';
import { DATABASE_SERVER } from './database.tokens.js';

/**
 * Closes the pool, then stops the embedded server. Nest calls this module's hook before the
 * (global) TypeORM module's, so we close the pool ourselves to get the order right:
 * stopping PostgreSQL under live connections would log errors on every shutdown.
 */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_SERVER) private readonly server: DatabaseServer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.server.stop();
  }
}
