import { Global, Module } from '@nestjs/common';
import { EventStore } from './event-store.js';

// Global: every feature module that runs commands appends to the same log.
@Global()
@Module({ providers: [EventStore], exports: [EventStore] })
export class EventStoreModule {}
