import { Module } from '@nestjs/common';
import { LinkChecker } from './link-checker';
import { LinkHealthProcessor } from './link-health.processor';
import { LinkHealthScheduler } from './link-health.scheduler';
import { LinkHealthSweep } from './link-health.sweep';

/** The worker side of healthy links: the weekly schedule and the sweep (the summary e-mail is a template of the email queue). */
@Module({ providers: [LinkChecker, LinkHealthSweep, LinkHealthProcessor, LinkHealthScheduler] })
export class LinkHealthWorkerModule {}
