import { Injectable } from '@nestjs/common';

/**
 * The one place that reads the time, so handlers and jobs pass `now` into the domain
 * explicitly. Tests replace it (AppOptions.clock) with a clock they move by hand.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
