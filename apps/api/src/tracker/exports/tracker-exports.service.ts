import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { surpriseHidden } from '../../registries/guest-access';
import { RegistriesService } from '../../registries/registries.service';
import type { Registry } from '../../registries/registry.entity';
import { entryRows } from '../tracker-rows';
import { zonedDate } from '../zoned-time';
import { csvLines } from './csv-writer';
import { ExportCell, exportCells, exportHeader, sheetName } from './export-columns';
import { xlsxStream } from './xlsx-writer';

/** Rows read per query while streaming: enough to keep the download busy, few enough to stay small in memory. */
const BATCH = 500;

export interface TrackerExport {
  body: Readable;
  filename: string;
}

/**
 * The tracker as CSV or XLSX, every entry (cancelled and lapsed ones too, with their stage), newest first, in the
 * registry's language and time zone. Ownership is checked before the first byte, so a stranger gets a problem+json 404, not a
 * broken download. The rows are read a batch at a time by keyset, not in one snapshot: an entry added during the
 * download is newer than the first batch and simply not in this file.
 */
@Injectable()
export class TrackerExports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registries: RegistriesService,
  ) {}

  async csv(registryId: string, userId: string): Promise<TrackerExport> {
    const registry = await this.registries.findOwned(registryId, userId);
    const lines = csvLines(trackerLines(this.dataSource.manager, registry), registry.timeZone, exportHeader(registry.language));
    return { body: Readable.from(lines), filename: fileName(registry, 'csv') };
  }

  async xlsx(registryId: string, userId: string): Promise<TrackerExport> {
    const registry = await this.registries.findOwned(registryId, userId);
    const { language, timeZone } = registry;
    return {
      body: xlsxStream(trackerLines(this.dataSource.manager, registry), timeZone, sheetName(language), exportHeader(language)),
      filename: fileName(registry, 'xlsx'),
    };
  }
}

/** The tracker's CSV as one text, read through `manager` (the account export's snapshot transaction). */
export async function trackerCsvText(manager: EntityManager, registry: Registry): Promise<string> {
  let text = '';
  for await (const line of csvLines(trackerLines(manager, registry), registry.timeZone, exportHeader(registry.language))) text += line;
  return text;
}

async function* trackerLines(manager: EntityManager, registry: Registry): AsyncGenerator<ExportCell[]> {
  const hidden = surpriseHidden(registry);
  let before: [string, string] | undefined;
  for (;;) {
    const rows = await entryRows(manager, registry.id, { before, limit: BATCH });
    for (const row of rows) yield exportCells(row, registry, hidden);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    before = [last.created_at.toISOString(), last.id];
  }
}

function fileName(registry: Registry, extension: string): string {
  return `${registry.slug}-tracker-${zonedDate(new Date(), registry.timeZone)}.${extension}`;
}
