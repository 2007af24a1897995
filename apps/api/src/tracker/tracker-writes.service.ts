import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { ProblemException, notFound, validationProblem, msg } from '../common/problem/problem';
import { Pledge } from '../pledges/pledge.entity';
import { recordReceived } from '../pledges/received';
import { surpriseHidden } from '../registries/guest-access';
import { RegistryWrites } from '../registries/registry-writes.service';
import type { Registry } from '../registries/registry.entity';
import type { Stage, TrackerEntryDto } from './dto/tracker-entry.dto';
import { BulkThankedDto, CreateOfflineGiftDto, TrackerEntriesDto, UpdateTrackerEntryDto } from './dto/tracker.dto';
import { TABLES, parseEntryId } from './entry-id';
import { EntryRow, entryRows, toEntry } from './tracker-rows';

/** Stages that ended, or never began: nothing there to receive or thank. */
const NOT_THANKABLE: Stage[] = ['held', 'cancelled', 'lapsed'];

/**
 * The couple's writes to the tracker, each through RegistryWrites (one registry's writes in turn, the version bumped,
 * If-Match checked against it): received, thanked and the note, one entry or many; gifts given outside the list.
 */
@Injectable()
export class TrackerWritesService {
  constructor(
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
  ) {}

  update(registryId: string, entryId: string, userId: string, dto: UpdateTrackerEntryDto, preconditions?: WritePreconditions): Promise<TrackerEntryDto> {
    const { kind, id } = parseEntryId(entryId);
    if (dto.received === undefined && dto.thanked === undefined && dto.note === undefined) {
      throw validationProblem([{ pointer: '#', code: 'required', detail: 'send at least one of received, thanked and note' }]);
    }
    return this.writes.asOwner(
      registryId,
      userId,
      async (tx, registry) => {
        const [row] = await entryRows(tx, registry.id, { ids: [`${entryId[0]}-${id}`] });
        if (!row) throw notFound('tracker-entry');
        if ((dto.received || dto.thanked) && NOT_THANKABLE.includes(row.stage)) throw notThankable([row]);
        if (dto.received !== undefined) await setReceived(tx, row, dto.received, registry.currency.trim());
        if (dto.thanked !== undefined || dto.note !== undefined) await setThanked(tx, registry.id, kind, [id], dto.thanked, dto.note);
        return (await this.entries(tx, registry, [row.entry_id]))[0];
      },
      preconditions,
    );
  }

  /** Marks many entries thanked at once, all or none: an unknown id is 404, one cancelled or still held is 409. */
  thankMany(registryId: string, userId: string, dto: BulkThankedDto, preconditions?: WritePreconditions): Promise<TrackerEntriesDto> {
    const parsed = [...new Map(dto.entryIds.map((entryId) => parseEntryId(entryId)).map((e) => [`${e.kind[0]}-${e.id}`, e])).entries()];
    return this.writes.asOwner(
      registryId,
      userId,
      async (tx, registry) => {
        const ids = parsed.map(([entryId]) => entryId);
        const rows = await entryRows(tx, registry.id, { ids });
        const found = new Set(rows.map((r) => r.entry_id));
        const missing = ids.filter((entryId) => !found.has(entryId));
        if (missing.length) throw new ProblemException(404, 'not-found', msg('problems:tracker.entries-not-found', { count: missing.length }), { missing });
        const ended = rows.filter((r) => NOT_THANKABLE.includes(r.stage));
        if (ended.length) throw notThankable(ended);
        for (const kind of ['reservation', 'pledge', 'offline'] as const) {
          const ofKind = parsed.filter(([, e]) => e.kind === kind).map(([, e]) => e.id);
          if (ofKind.length) await setThanked(tx, registry.id, kind, ofKind, true, dto.note);
        }
        return { entries: await this.entries(tx, registry, ids) };
      },
      preconditions,
    );
  }

  /** A gift given outside the list: received when written down; at most TRACKER_OFFLINE_GIFTS_MAX per registry. */
  addOffline(registryId: string, userId: string, dto: CreateOfflineGiftDto): Promise<TrackerEntryDto> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM offline_gifts WHERE registry_id = $1', [registry.id])) as { n: number }[];
      if (n >= this.config.trackerOfflineGiftsMax) {
        throw new ProblemException(409, 'offline-gift-limit', msg('problems:tracker.offline-gift-limit', { max: this.config.trackerOfflineGiftsMax }), {
          limit: this.config.trackerOfflineGiftsMax,
        });
      }
      const [{ id }] = (await tx.query('INSERT INTO offline_gifts (registry_id, giver, description, amount, note) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
        registry.id,
        dto.giver,
        dto.description,
        dto.amount ?? null,
        dto.note ?? '',
      ])) as { id: string }[];
      return (await this.entries(tx, registry, [`o-${id}`]))[0];
    });
  }

  /** Only a gift given outside the list can be deleted; a guest's reservation or pledge is theirs (409). */
  removeOffline(registryId: string, entryId: string, userId: string): Promise<void> {
    const { kind, id } = parseEntryId(entryId);
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      if (kind !== 'offline') {
        const [row] = await entryRows(tx, registry.id, { ids: [`${entryId[0]}-${id}`] });
        if (!row) throw notFound('tracker-entry');
        throw new ProblemException(409, 'conflict', msg('problems:tracker.conflict'));
      }
      const [, deleted] = (await tx.query('DELETE FROM offline_gifts WHERE id = $1 AND registry_id = $2', [id, registry.id])) as [unknown, number];
      if (!deleted) throw notFound('tracker-entry');
    });
  }

  private async entries(tx: EntityManager, registry: Registry, entryIds: string[]): Promise<TrackerEntryDto[]> {
    const hidden = surpriseHidden(registry);
    return (await entryRows(tx, registry.id, { ids: entryIds })).map((row) => toEntry(row, registry, hidden));
  }
}

function notThankable(rows: EntryRow[]): ProblemException {
  return new ProblemException(
    409,
    'conflict',
    rows.length === 1 ? msg('problems:tracker.not-thankable', { stage: rows[0].stage }) : msg('problems:tracker.not-thankable-many', { count: rows.length }),
    { entryIds: rows.map((r) => r.entry_id) },
  );
}

async function setReceived(tx: EntityManager, row: EntryRow, received: boolean, currency: string): Promise<void> {
  if (row.kind === 'pledge') {
    // What arrived is what was recorded before, else the pledged amount; "not received" makes it a promise again.
    const pledge = await tx.findOneByOrFail(Pledge, { id: row.id });
    if (received !== (pledge.status === 'received')) await recordReceived(tx, pledge, received ? (pledge.receivedAmount ?? pledge.amount) : null, currency);
  } else if (row.kind === 'reservation') {
    await tx.query(`UPDATE reservations SET received_at = ${received ? 'coalesce(received_at, clock_timestamp())' : 'NULL'} WHERE id = $1`, [row.id]);
  } else if (!received) {
    // Written down because it was received: the couple deletes it instead.
    throw new ProblemException(409, 'conflict', msg('problems:tracker.conflict-2'));
  }
}

/** thanked true keeps the first time thanked; false clears it; a note given replaces the old one (the time is untouched). */
async function setThanked(
  tx: EntityManager,
  registryId: string,
  kind: keyof typeof TABLES,
  ids: string[],
  thanked: boolean | undefined,
  note: string | undefined,
): Promise<void> {
  const thankedAt = thanked === undefined ? 'thanked_at' : thanked ? 'coalesce(thanked_at, clock_timestamp())' : 'NULL';
  await tx.query(
    `UPDATE ${TABLES[kind]} SET thanked_at = ${thankedAt}, thank_note = coalesce($3, thank_note) WHERE registry_id = $1 AND id = ANY($2::uuid[])`,
    [registryId, ids, note ?? null],
  );
}
