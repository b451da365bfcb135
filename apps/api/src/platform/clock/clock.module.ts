import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Global()
@Module({})
export class ClockModule {
  /** The system clock, or the one a test hands in so it can move time. */
  static register(clock: Clock = new Clock()): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: Clock, useValue: clock }],
      exports: [Clock],
    };
  }
}
