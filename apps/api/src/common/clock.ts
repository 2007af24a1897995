import { Injectable } from '@nestjs/common';

/** The time, injectable: scheduled jobs ask it, so a test can say what day it is without waiting for it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
