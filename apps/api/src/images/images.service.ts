import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ItemDto } from '../items/dto/item.dto';
import { ItemsService, findItem } from '../items/items.service';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { RegistryDto } from '../registries/dto/registry.dto';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
import { keptExtension, writeCleanOriginal } from './clean-original';
import { IMAGE_JOBS, ThumbnailsJob } from './image-jobs';
import { inspectImage } from './image-inspection';
import { ImageTarget, showsOriginal, writeImage } from './image-rows';
import { MediaFiles } from './media-files';
import { receiveFile } from './multipart-uploads';
import { StoredImage, newStoredImage } from './stored-image';
import { OutboundError, OutboundHttp } from '../common/outbound/outbound-http';
import { outboundProblem, statusProblem } from '../common/outbound/outbound-problem';
import { writeFile } from 'node:fs/promises';
import { RateLimits } from '../common/http/rate-limits';

/** Writes the incoming image's bytes to the given path (an upload's body, or a fetched shop photo). */
type Fill = (incoming: string) => Promise<void>;

/**
 * Item images and registry header images. An upload is checked and kept under a random name before the
 * database is touched; the row then records it in one RegistryWrites transaction, with the thumbnails job in
 * the outbox. Whatever fails before the commit, the file is removed and the row is as it was.
 */
@Injectable()
export class ImagesService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: RegistryWrites,
    private readonly registries: RegistriesService,
    private readonly items: ItemsService,
    private readonly outbox: Outbox,
    private readonly media: MediaFiles,
    private readonly config: AppConfig,
    private readonly outbound: OutboundHttp,
    private readonly limits: RateLimits,
  ) {}

  putItemImage(registryId: string, itemId: string, userId: string, request: FastifyRequest): Promise<ItemDto> {
    return this.put(
      { kind: 'item', registryId, itemId },
      userId,
      (incoming) => receiveFile(request, incoming, this.config.uploadLimitBytes),
      (tx) => this.presentItem(tx, registryId, itemId),
    );
  }

  /** The shop's product photo (a suggestion's `imageUrl`), fetched by the guarded client and then treated exactly as an upload. */
  putItemImageFromUrl(registryId: string, itemId: string, userId: string, url: string): Promise<ItemDto> {
    return this.put(
      { kind: 'item', registryId, itemId },
      userId,
      (incoming) => this.download(url, incoming, userId),
      (tx) => this.presentItem(tx, registryId, itemId),
    );
  }

  removeItemImage(registryId: string, itemId: string, userId: string): Promise<ItemDto> {
    return this.remove({ kind: 'item', registryId, itemId }, userId, (tx) => this.presentItem(tx, registryId, itemId));
  }

  putHeaderImage(registryId: string, userId: string, request: FastifyRequest): Promise<RegistryDto> {
    return this.put(
      { kind: 'header', registryId },
      userId,
      (incoming) => receiveFile(request, incoming, this.config.uploadLimitBytes),
      (tx) => this.presentRegistry(tx, registryId),
    );
  }

  removeHeaderImage(registryId: string, userId: string): Promise<RegistryDto> {
    return this.remove({ kind: 'header', registryId }, userId, (tx) => this.presentRegistry(tx, registryId));
  }

  private async put<T>(target: ImageTarget, userId: string, fill: Fill, present: (tx: EntityManager) => Promise<T>): Promise<T> {
    // 404 before a byte of the body is read; checked again under the lock below.
    await this.assertOwner(target, userId);
    const image = await this.receive(fill);
    try {
      return await this.writes.asOwner(target.registryId, userId, async (tx) => {
        await writeImage(tx, target, image);
        await this.outbox.add(tx, QUEUES.images, IMAGE_JOBS.thumbnails, { target, image } satisfies ThumbnailsJob);
        return present(tx);
      });
    } catch (error) {
      // A failure after the commit (publishing the version) leaves the row showing the file: keep it then, and when unsure.
      const shown = await showsOriginal(this.db.manager, target, image.original).catch(() => true);
      if (!shown) await this.media.removeQuietly([this.media.path(image.original)]);
      throw error;
    }
  }

  private async remove<T>(target: ImageTarget, userId: string, present: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.writes.asOwner(target.registryId, userId, async (tx) => {
      await writeImage(tx, target, null);
      return present(tx);
    });
    // The trigger queued the old files' deletion in the outbox; relay it now rather than at the worker's next poll.
    this.outbox.kick();
    return result;
  }

  /**
   * Streams the upload to disk, checks it, and keeps a clean copy (re-encoded, upright, without EXIF, GPS, XMP or
   * IPTC) under a random name: the uploaded bytes themselves are never served.
   */
  private async receive(fill: Fill): Promise<StoredImage> {
    const incoming = await this.media.incomingPath();
    let kept: string | undefined;
    try {
      await fill(incoming);
      const inspected = await inspectImage(incoming);
      const image = newStoredImage(keptExtension(inspected), inspected.width, inspected.height);
      kept = this.media.path(image.original);
      await writeCleanOriginal(incoming, kept, inspected);
      return image;
    } catch (error) {
      if (kept) await this.media.removeQuietly([kept]);
      throw error;
    } finally {
      await this.media.removeQuietly([incoming]);
    }
  }

  /** At most UPLOAD_LIMIT_BYTES of an image/* answer; what it really is, inspectImage decides from the bytes as for an upload. */
  private async download(url: string, incoming: string, userId: string): Promise<void> {
    await this.limits.consume('import-url-account', userId, 'shop links read');
    const answer = await this.outbound.get(url, { expect: 'image', maxBytes: this.config.uploadLimitBytes }).catch((error: unknown) => {
      throw error instanceof OutboundError ? outboundProblem(error) : error;
    });
    if (answer.status < 200 || answer.status >= 300) throw statusProblem(answer.status);
    await writeFile(incoming, answer.body, { flag: 'wx' });
  }

  private async assertOwner(target: ImageTarget, userId: string): Promise<void> {
    await this.registries.findOwned(target.registryId, userId);
    if (target.kind === 'item') await findItem(this.db.manager, target.registryId, target.itemId);
  }

  private async presentItem(tx: EntityManager, registryId: string, itemId: string): Promise<ItemDto> {
    return this.items.present(await findItem(tx, registryId, itemId));
  }

  private async presentRegistry(tx: EntityManager, registryId: string): Promise<RegistryDto> {
    return this.registries.present(tx, await tx.findOneByOrFail(Registry, { id: registryId }));
  }
}
