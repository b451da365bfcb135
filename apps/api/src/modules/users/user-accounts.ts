import { Injectable } from '@nestjs/common';
import type { Role, UserRef } from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface UserAccount extends UserRef {
  passwordHash: string;
}

export interface NewUserAccount {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

interface UserAccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
}

/** The users table, for signing in and for creating accounts. */
@Injectable()
export class UserAccounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByEmail(email: string): Promise<UserAccount | undefined> {
    const rows = await this.dataSource.query<UserAccountRow[]>(
      `SELECT id, email, name, role, password_hash FROM users WHERE lower(email) = lower($1) AND NOT is_system`,
      [email],
    );
    const row = rows[0];
    return (
      row && {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        passwordHash: row.password_hash,
      }
    );
  }

  async insert(manager: EntityManager, account: NewUserAccount): Promise<UserRef> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [account.email, account.name, account.role, account.passwordHash],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error(`Inserting user ${account.email} returned no id`);
    return { id, email: account.email, name: account.name, role: account.role };
  }
}
