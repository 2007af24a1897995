import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessToken } from '../accounts/access-token.entity';
import { User } from '../accounts/user.entity';
import { RateLimits } from '../common/http/rate-limits';
import { notFound } from '../common/problem/problem';
import { MediaFiles } from '../images/media-files';
import type { StoredImage } from '../images/stored-image';
import { Item } from '../items/item.entity';
import { Pledge } from '../pledges/pledge.entity';
import { surpriseHidden } from '../registries/guest-access';
import { PartnerInvitation } from '../registries/partner-invitation.entity';
import { Registry } from '../registries/registry.entity';
import { RegistryOwner } from '../registries/registry-owner.entity';
import { ShareInvitation } from '../registries/share-invitation.entity';
import { Reservation } from '../reservations/reservation.entity';
import { OfflineGift } from '../tracker/offline-gift.entity';
import { trackerCsvText } from '../tracker/exports/tracker-exports.service';
import { itemsCsv, pledgeStage, reservationStage } from './export-files';

/** A file of the export: its path in the ZIP and its bytes, or a media file read from disk as the ZIP is written. */
type ExportEntry = { name: string; content: string } | { name: string; path: string };

const README = (exportedAt: Date, hidden: string[]) => `Your WhisperGifts data, exported ${exportedAt.toISOString()}

account.json                     your account and your personal access tokens (names and dates; never the tokens)
registries/<slug>/registry.json  each gift list you own, with its owners and invitations sent
registries/<slug>/items.json     its items (items.csv: the gifts in the columns "Import a spreadsheet" reads)
registries/<slug>/reservations.json, pledges.json, offline-gifts.json
                                 what guests reserved and pledged, and the gifts you added outside the list
registries/<slug>/tracker.csv    one row per gift with its stage (reserved or pledged, bought, received, thanked)
registries/<slug>/images/        the original photos you uploaded

Times are UTC (ISO 8601). Amounts in the JSON files are in minor units (cents); the CSV files show them in the
currency's units. Guests' personal data erased by the retention setting or at a guest's request is empty.
${hidden.length ? `\nSurprise mode hides who gave what until its reveal date, so the guests' names, e-mail addresses, postal\naddresses and messages are left out for: ${hidden.join(', ')}.\n` : ''}`;

/**
 * GET /api/me/export: everything the account holds, as a ZIP written while it is sent (archiver, the streaming
 * writer). The rows are read first, so a database failure is an ordinary error response rather than a cut-off
 * download; the photos are then streamed from MEDIA_DIR one at a time. A registry is bounded in size
 * (REGISTRY_MAX_ITEMS and friends) and an account owns at most 20, so holding the rows is bounded too.
 */
@Injectable()
export class AccountExport {
  constructor(
    private readonly db: DataSource,
    private readonly media: MediaFiles,
    private readonly rateLimits: RateLimits,
  ) {}

  async export(userId: string): Promise<Readable> {
    await this.rateLimits.consume('account-export', userId, 'exports of your data');
    const entries = await this.db.transaction('REPEATABLE READ', (tx) => this.collect(tx, userId));
    const zip = archiver('zip', { zlib: { level: 6 } });
    void this.write(zip, entries);
    return zip;
  }

  /** One consistent snapshot of the account's rows (REPEATABLE READ), as the files of the export. */
  private async collect(tx: EntityManager, userId: string): Promise<ExportEntry[]> {
    const now = new Date();
    const user = await tx.findOneBy(User, { id: userId });
    if (!user) throw notFound('account');
    const tokens = await tx.find(AccessToken, { where: { userId }, order: { createdAt: 'ASC' } });
    const entries: ExportEntry[] = [{ name: 'account.json', content: json({ account: user, accessTokens: tokens }) }];

    const registryIds = (await tx.findBy(RegistryOwner, { userId })).map((o) => o.registryId);
    const registries = await tx.find(Registry, { where: { id: In(registryIds) }, order: { createdAt: 'ASC' } });
    const hidden: string[] = [];
    for (const registry of registries) {
      const dir = `registries/${registry.slug}`;
      const where = { registryId: registry.id };
      // One after another: the transaction is one connection, which runs one query at a time anyway.
      const items = await tx.find(Item, { where, order: { position: 'ASC' } });
      const reservations = await tx.find(Reservation, { where, order: { createdAt: 'ASC' } });
      const pledges = await tx.find(Pledge, { where, order: { createdAt: 'ASC' } });
      const offline = await tx.find(OfflineGift, { where, order: { createdAt: 'ASC' } });
      const owners = await tx
        .createQueryBuilder(User, 'u')
        .innerJoin(RegistryOwner, 'o', 'o.user_id = u.id')
        .where('o.registry_id = :id', { id: registry.id })
        .orderBy('o.created_at')
        .getMany();
      const partnerInvitations = await tx.find(PartnerInvitation, { where, order: { createdAt: 'ASC' } });
      const shareInvitations = await tx.find(ShareInvitation, { where, order: { createdAt: 'ASC' } });
      // As the couple's reservations view: in surprise mode, until the reveal date, nobody is named.
      const view = { hidden: surpriseHidden(registry, now.toISOString().slice(0, 10)) };
      if (view.hidden) hidden.push(registry.slug);
      const anonymous = <T extends { guestName: string; guestEmail: string; guestAddress: string | null; message: string }>(row: T): T =>
        view.hidden ? { ...row, guestName: '', guestEmail: '', guestAddress: null, message: '' } : row;
      entries.push(
        {
          name: `${dir}/registry.json`,
          content: json({
            registry,
            owners: owners.map((o) => ({ id: o.id, displayName: o.displayName, email: o.email })),
            partnerInvitations,
            shareInvitations,
          }),
        },
        { name: `${dir}/items.json`, content: json(items) },
        { name: `${dir}/items.csv`, content: itemsCsv(registry.currency, items) },
        { name: `${dir}/reservations.json`, content: json(reservations.map((r) => ({ ...anonymous(r), stage: reservationStage(r) }))) },
        { name: `${dir}/pledges.json`, content: json(pledges.map((p) => ({ ...anonymous(p), stage: pledgeStage(p) }))) },
        { name: `${dir}/offline-gifts.json`, content: json(offline) },
        // The same file as the tracker's own CSV download: one writer, one set of columns and stages.
        { name: `${dir}/tracker.csv`, content: await trackerCsvText(tx, registry) },
        ...(await this.images(dir, [registry.headerImage, ...items.map((i) => i.image)])),
      );
    }
    entries.unshift({ name: 'README.txt', content: README(now, hidden) });
    return entries;
  }

  /** The originals that are on disk (a file removed meanwhile is left out rather than breaking the download). */
  private async images(dir: string, images: (StoredImage | null)[]): Promise<ExportEntry[]> {
    const found: ExportEntry[] = [];
    for (const image of images) {
      if (!image) continue;
      const path = this.media.path(image.original);
      if (
        await stat(path).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        found.push({ name: `${dir}/images/${image.original}`, path });
    }
    return found;
  }

  private async write(zip: archiver.Archiver, entries: ExportEntry[]): Promise<void> {
    try {
      for (const entry of entries) {
        if ('content' in entry) zip.append(entry.content, { name: entry.name });
        else zip.file(entry.path, { name: entry.name });
      }
      await zip.finalize();
    } catch (error) {
      // The response has started: all that is left is to cut the download off, so it does not look complete.
      zip.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
