import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../common/config/app-config';
import type { Message } from './layout';

/** Sends over SMTP (SMTP_URL). Only the worker sends mail; requests never wait on it. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl, { from: config.mailFrom });
  }

  async send(message: Message): Promise<void> {
    await this.transport.sendMail({ ...message, from: this.config.mailFrom });
  }

  onApplicationShutdown() {
    this.transport.close();
  }
}
