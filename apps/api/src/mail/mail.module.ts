import { Module } from '@nestjs/common';
import { EmailProcessor } from './email.processor';
import { GuestMailCaps } from './guest-mail-caps';
import { Mailer } from './mailer';

/** The worker's e-mail: SMTP transport and the processor of the email queue. */
@Module({ providers: [Mailer, EmailProcessor, GuestMailCaps] })
export class MailModule {}
