import { Module } from '@nestjs/common';
import { OwnerDigestSweep } from './owner-digest-sweep';
import { ReminderSweep } from './reminder-sweep';
import { RemindersProcessor } from './reminders.processor';
import { RemindersScheduler } from './reminders.scheduler';

/** The worker side of reminders: the schedule and the sweeps (the e-mails themselves are templates of the email queue). */
@Module({ providers: [ReminderSweep, OwnerDigestSweep, RemindersProcessor, RemindersScheduler] })
export class RemindersWorkerModule {}
