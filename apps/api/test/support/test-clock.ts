import { Clock } from '../../src/platform/clock/clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock that stands still until the test moves it: reminders are driven by it. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: string | Date = new Date()) {
    super();
    this.current = new Date(start);
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(moment: string | Date): void {
    this.current = new Date(moment);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * DAY_MS);
  }
}
