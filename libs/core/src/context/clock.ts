import { Injectable } from '@nestjs/common';

/** The time, injected so that tests and schedules can control it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
