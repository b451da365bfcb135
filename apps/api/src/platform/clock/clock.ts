import { Injectable } from '@nestjs/common';

/** The one place that reads the time, so handlers pass `now` into the domain explicitly. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
