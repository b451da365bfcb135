import { Module } from '@nestjs/common';
import { UserAccounts } from './user-accounts.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({ providers: [UserAccounts], exports: [UserAccounts] })
export class UsersModule {}
