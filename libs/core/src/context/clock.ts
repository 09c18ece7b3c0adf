import { Injectable } from '@nestjs/common';

/**
 * The time, for every rule that depends on it (notice, opening window, support windows, deadlines,
 * edit windows, reminders, token expiry). SQL reads the same time through `clock_now()`: the
 * transaction helper hands it over when the clock has been moved.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date(Date.now() + this.offsetMs());
  }

  /** How far this clock stands from the system's (0 here; tests move it). */
  offsetMs(): number {
    return 0;
  }
}

/** A clock that tests move forward (or back) instead of rewriting times in the database. */
export class MovableClock extends Clock {
  private offset = 0;

  override offsetMs(): number {
    return this.offset;
  }

  /** Moves the clock by `ms` from where it stands. */
  travel(ms: number): void {
    this.offset += ms;
  }

  /** Puts the clock at `instant`; it runs on from there. */
  travelTo(instant: Date): void {
    this.offset = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offset = 0;
  }
}

/**
 * The town's time zone: days (notice, deadlines, terms) are counted in it, in TypeScript and in
 * SQL alike (the database sessions run in it).
 */
export const TOWN_TIME_ZONE = 'Europe/Paris';
