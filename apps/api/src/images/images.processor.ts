import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem/problem';
import { QUEUES, WORKER_OPTIONS } from '../queues/queues';
import { RegistryWrites } from '../registries/registry-writes.service';
import { LinkPreviewMaker } from '../link-previews/link-preview-maker';
import { DeleteFilesJob, IMAGE_JOBS, LinkPreviewJob, ThumbnailsJob } from './image-jobs';
import { recordThumbnails, showsOriginal } from './image-rows';
import { MediaFiles } from './media-files';
import { imageFiles, thumbnailFiles, thumbnailName, thumbnailWidths } from './stored-image';
import { writeThumbnails } from './thumbnails';

/** Thrown inside the recording transaction to roll it back (no version bump) when the image is no longer shown. */
class Superseded extends Error {}

/**
 * Makes thumbnails and link previews, and deletes the files of replaced or removed images. All are safe to repeat: thumbnails are
 * overwritten and recorded only on the row that still shows their original; a current preview is left alone
 * (link-previews/link-preview-maker.ts); deleting ignores missing files.
 */
@Processor(QUEUES.images, { concurrency: 2, ...WORKER_OPTIONS })
export class ImagesProcessor extends WorkerHost {
  private readonly logger = new Logger(ImagesProcessor.name);

  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly media: MediaFiles,
    private readonly previews: LinkPreviewMaker,
  ) {
    super();
  }

  async process(job: Job<Record<string, unknown>>): Promise<string> {
    switch (job.name) {
      case IMAGE_JOBS.thumbnails:
        return this.thumbnails(job.data as unknown as ThumbnailsJob);
      case IMAGE_JOBS.deleteFiles:
        await this.media.remove(imageFiles((job.data as unknown as DeleteFilesJob).image));
        return 'deleted';
      case IMAGE_JOBS.linkPreview:
        return this.previews.make((job.data as unknown as LinkPreviewJob).registryId);
      default:
        throw new UnrecoverableError(`no images job named ${job.name}`);
    }
  }

  private async thumbnails({ target, image }: ThumbnailsJob): Promise<string> {
    let sizes;
    try {
      sizes = await writeThumbnails(this.media.path(image.original), thumbnailWidths(image.width), (width, extension) =>
        this.media.path(thumbnailName(image, width, extension)),
      );
    } catch (error) {
      // Replaced or removed meanwhile (its original may be deleted already): nothing to do. Otherwise retry.
      if (await showsOriginal(this.db.manager, target, image.original)) throw error;
      return this.discard(thumbnailFiles(image));
    }
    try {
      // Through RegistryWrites, so the versions bump and every cache sees the thumbnails.
      await this.writes.byId(target.registryId, async (tx) => {
        if (!(await recordThumbnails(tx, target, image.original, sizes))) throw new Superseded();
      });
    } catch (error) {
      if (error instanceof Superseded || (error instanceof ProblemException && error.getStatus() === 404)) return this.discard(thumbnailFiles(image));
      throw error;
    }
    this.logger.log(`made ${sizes.length * 2} thumbnails of ${image.original}`);
    return 'made';
  }

  private async discard(files: string[]): Promise<string> {
    await this.media.remove(files);
    return 'superseded';
  }
}
