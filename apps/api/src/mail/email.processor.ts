import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { LoggedWorkerHost } from '../queues/logged-worker-host';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { GuestMailCaps } from './guest-mail-caps';
import { composeMessage } from './layout';
import { Mailer } from './mailer';
import { TEMPLATES } from './templates';

/**
 * Sends one message per job. A job that already sent (its id is in email_deliveries) does nothing, so a retry
 * after a crash between "sent" and "completed" does not mail twice; a crash during the SMTP exchange itself can
 * still repeat it, as with any SMTP client (at least once). A message to an address a guest typed goes out only
 * within the guest mail caps, decided once per job.
 */
@Processor(QUEUES.email, { concurrency: 5, ...WORKER_OPTIONS })
export class EmailProcessor extends LoggedWorkerHost {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly caps: GuestMailCaps,
  ) {
    super();
  }

  async process(job: Job<Record<string, unknown>>): Promise<string> {
    const template = TEMPLATES[job.name];
    if (!template) throw new UnrecoverableError(`no e-mail template named ${job.name}`);
    const jobId = String(job.id);
    const [sent] = (await this.db.query('SELECT 1 FROM email_deliveries WHERE job_id = $1', [jobId])) as unknown[];
    if (sent) return 'already sent';
    const rendered = await template(job.data, { db: this.db, config: this.config });
    // Recorded too: a later message may depend on whether this one went out (an undo notice follows a reserved one).
    if (!rendered || !rendered.to.length) return this.suppress(jobId, job.name, rendered?.to ?? [], 'nothing to send', 'nothing to send');
    if (rendered.guestMailFor) {
      const decision = await this.caps.decide(jobId, rendered.guestMailFor.registryId, rendered.to);
      if (decision !== 'send') return this.suppress(jobId, job.name, rendered.to, decision);
    }
    await this.mailer.send(composeMessage(rendered.to, rendered.content));
    await this.db.query('INSERT INTO email_deliveries (job_id, template, recipients) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      jobId,
      job.name,
      rendered.to.join(', '),
    ]);
    this.logger.log(`sent ${job.name} to ${rendered.to.length} recipient(s) (job ${jobId})`);
    return 'sent';
  }

  /** Over a cap: not sent, but recorded (so it is counted, and a retry of the job does nothing). The reservation itself stands. */
  private async suppress(jobId: string, name: string, to: string[], reason: string, outcome = `suppressed: ${reason}`): Promise<string> {
    await this.db.query('INSERT INTO email_deliveries (job_id, template, recipients, suppressed) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      jobId,
      name,
      to.join(', '),
      reason,
    ]);
    if (outcome === 'nothing to send') this.logger.debug(`${name} (job ${jobId}): nothing to send`);
    else this.logger.warn(`did not send ${name} (job ${jobId}): ${reason}`);
    return outcome;
  }
}
