import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { surpriseHidden } from '../registries/guest-access';
import { RegistriesService } from '../registries/registries.service';
import { decodeCursor, encodeCursor } from '../common/http/cursor-page';
import { ListTrackerQuery, TrackerPageDto } from './dto/tracker.dto';
import { TrackerSummaryDto } from './dto/tracker-summary.dto';
import { entryRows, stageCounts, toEntry } from './tracker-rows';
import { categoryTotals, dailyCounts, fundTotals } from './tracker-summary';

/** The couple's reads of the tracker: the list (filtered, paginated, with counts) and the charts' figures. */
@Injectable()
export class TrackerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registries: RegistriesService,
  ) {}

  async list(registryId: string, userId: string, query: ListTrackerQuery): Promise<TrackerPageDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    const hidden = surpriseHidden(registry);
    const limit = query.limit ?? 100;
    const rows = await entryRows(this.dataSource.manager, registry.id, {
      stage: query.stage,
      category: query.category,
      guest: query.guest,
      q: query.q,
      before: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: limit + 1,
      guestsHidden: hidden,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      entries: page.map((row) => toEntry(row, registry, hidden)),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
      counts: await stageCounts(this.dataSource.manager, registry.id),
      surpriseHidden: hidden,
    };
  }

  async summary(registryId: string, userId: string): Promise<TrackerSummaryDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    const manager = this.dataSource.manager;
    return {
      counts: await stageCounts(manager, registry.id),
      overTime: await dailyCounts(manager, registry.id, registry.timeZone),
      categories: await categoryTotals(manager, registry.id),
      funds: await fundTotals(manager, registry.id),
      currency: registry.currency.trim(),
      timeZone: registry.timeZone,
    };
  }
}
