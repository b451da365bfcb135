import { Injectable } from '@nestjs/common';
import type { Role, UserRef } from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface SessionUserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Finds the user behind a live session (not expired, not revoked). */
@Injectable()
export class SessionLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findUser(tokenHash: string, now: Date): Promise<UserRef | undefined> {
    const rows = await this.dataSource.query<SessionUserRow[]>(
      `SELECT u.id, u.name, u.email, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
      [tokenHash, now],
    );
    return rows[0];
  }
}
