import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type Language, localeOf } from '@whispergifts/i18n';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import type { StoredImage } from '../images/stored-image';
import { formatEventDate } from '../link-previews/preview-design';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { renderCardsPdf } from './card-pdf';
import { GuestCardFiles } from './guest-card-files';
import { DeleteFilesJob, GUEST_CARD_JOBS, RenderJob } from './guest-card-jobs';
import type { GuestCardOptions } from './guest-card.entity';
import { guestListUrl } from './guest-list-url';

interface Row {
  options: GuestCardOptions;
  status: string;
  title: string;
  couple_names: string;
  event_date: string | null;
  slug: string;
  custom_domain: string | null;
  header_image: StoredImage | null;
  language: Language;
}

const READ = `SELECT c.options, c.status, r.title, r.couple_names, r.event_date::text AS event_date, r.slug, r.custom_domain, r.header_image, r.language
  FROM guest_cards c JOIN registries r ON r.id = c.registry_id WHERE c.id = $1`;

/**
 * Draws the guest cards a couple asked for (what the registry shows when the job runs: names, date, address, photo),
 * writes the PDF and a PNG of its page, and records them on the row. Safe to repeat: a row already finished or gone
 * is left alone, and files made for a row that went meanwhile are removed.
 */
@Processor(QUEUES.guestCards, { concurrency: 1, ...WORKER_OPTIONS })
export class GuestCardsProcessor extends WorkerHost {
  private readonly logger = new Logger(GuestCardsProcessor.name);

  constructor(
    private readonly db: DataSource,
    private readonly files: GuestCardFiles,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<Record<string, unknown>>): Promise<string> {
    switch (job.name) {
      case GUEST_CARD_JOBS.render:
        return this.render(job as Job<unknown> as Job<RenderJob>);
      case GUEST_CARD_JOBS.deleteFiles: {
        const { file, preview } = job.data as unknown as DeleteFilesJob;
        await this.files.remove([file, preview]);
        return 'deleted';
      }
      default:
        throw new UnrecoverableError(`no guest-cards job named ${job.name}`);
    }
  }

  private async render(job: Job<RenderJob>): Promise<string> {
    const { guestCardId } = job.data;
    const [row] = (await this.db.query(READ, [guestCardId])) as Row[];
    if (!row || row.status !== 'rendering') return 'gone';
    let made: string[] = [];
    try {
      const photo = row.header_image ? await this.files.photoJpeg(row.header_image.original).catch(() => null) : null;
      const pdf = await renderCardsPdf({
        ...row.options,
        coupleNames: row.couple_names.trim() || row.title,
        title: row.title,
        date: formatEventDate(row.event_date, localeOf(row.language)),
        language: row.language,
        url: guestListUrl(this.config.publicUrl, row.slug, row.custom_domain),
        photo,
      });
      const file = await this.files.writePdf(pdf);
      made = [file];
      const preview = await this.files.writePreview(file);
      if (preview) made.push(preview);
      const [, updated] = (await this.db.query(
        `UPDATE guest_cards SET status = 'ready', file = $2, preview = $3, finished_at = now() WHERE id = $1 AND status = 'rendering'`,
        [guestCardId, file, preview],
      )) as [unknown, number];
      if (!updated) {
        await this.files.remove(made);
        return 'gone';
      }
      this.logger.log(`rendered guest cards ${guestCardId} (${pdf.length} bytes)`);
      return 'ready';
    } catch (error) {
      await this.files.remove(made);
      // The last attempt tells the couple it failed rather than leaving the dashboard waiting.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.db.query(`UPDATE guest_cards SET status = 'failed', finished_at = now() WHERE id = $1 AND status = 'rendering'`, [guestCardId]);
      }
      throw error;
    }
  }
}
