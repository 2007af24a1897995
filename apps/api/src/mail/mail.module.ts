import { Module } from '@nestjs/common';
import { EmailProcessor } from './email.processor';
import { Mailer } from './mailer';

/** The worker's e-mail: SMTP transport and the processor of the email queue. */
@Module({ providers: [Mailer, EmailProcessor] })
export class MailModule {}
