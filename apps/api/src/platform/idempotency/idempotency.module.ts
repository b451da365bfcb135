import { Module } from '@nestjs/common';
import { IdempotencyStore } from './idempotency-store.js';
import { IdempotentTransaction } from './idempotent-transaction.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  providers: [IdempotencyStore, IdempotentTransaction],
  exports: [IdempotentTransaction],
})
export class IdempotencyModule {}
