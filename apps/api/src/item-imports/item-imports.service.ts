import { Injectable } from '@nestjs/common';
import type { Language } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, msg } from '../common/problem/problem';
import { requestLanguage } from '../i18n/request-language';
import { receiveFileBytes } from '../images/multipart-uploads';
import type { CreateItemDto } from '../items/dto/item-input.dto';
import { Item } from '../items/item.entity';
import { ItemsService } from '../items/items.service';
import { assertItemRoom } from '../plans/item-room';
import { majorUnits, minorDigits } from '../pledges/dto/money';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites } from '../registries/registry-writes.service';
import type { Registry } from '../registries/registry.entity';
import { csvText } from '../tracker/exports/csv-writer';
import { Money, type ExportCell } from '../tracker/exports/export-columns';
import { xlsxStream } from '../tracker/exports/xlsx-writer';
import { zonedDate } from '../tracker/zoned-time';
import type { ImportRowDto, ItemImportDto } from './dto/item-import.dto';
import { IMPORT_COLUMNS, itemCells, parseSheet, rowErrorsIn, type ParsedRow } from './item-columns';
import { readSheet } from './sheet-reader';

/** The most a spreadsheet file may be: 500 rows with long descriptions fit, and it is read into memory whole. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export interface SheetFile {
  body: string | Readable;
  filename: string;
}

/**
 * Gifts from a spreadsheet (issue 18 part 4): a dry run checks every row as the items' create would and answers
 * a preview; a commit adds every row in one RegistryWrites transaction (one version bump, the plan's room checked
 * once for all of them), or none. The export writes the same columns, so a list exported can be imported again.
 */
@Injectable()
export class ItemImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly registries: RegistriesService,
    private readonly writes: RegistryWrites,
    private readonly items: ItemsService,
    private readonly limits: RateLimits,
  ) {}

  async import(registryId: string, userId: string, request: FastifyRequest, dryRun: boolean): Promise<ItemImportDto> {
    // Ownership first: a stranger's upload is refused before a byte of it is read.
    const registry = await this.registries.findOwned(registryId, userId);
    await this.limits.consume('item-import-account', userId, 'spreadsheet imports');
    const bytes = await receiveFileBytes(request, IMPORT_MAX_BYTES, 'spreadsheet').catch((error: unknown) => {
      // The one upload problem a couple meets (the web app always sends a proper form): said in the request's language.
      if (error instanceof ProblemException && error.getStatus() === 413)
        throw new ProblemException(413, 'payload-too-large', msg('imports:sheet.too-large', { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 }), {
          maxBytes: IMPORT_MAX_BYTES,
        });
      throw error;
    });
    const parsed = parseSheet(await readSheet(bytes), registry.currency.trim());
    const rows = parsed.map(preview);
    // Each row's sentences in the language the request asks for, as the problem details are.
    const errors = rowErrorsIn(
      requestLanguage(request),
      parsed.flatMap((row) => row.errors),
    );
    if (dryRun) {
      await assertItemRoom(this.db.manager, registry, parsed.length);
      return { rows, errors, created: 0 };
    }
    if (errors.length) {
      const count = new Set(errors.map((e) => e.row)).size;
      throw new ProblemException(422, 'import-has-errors', msg('imports:has-errors', { count, total: parsed.length }), {
        rows,
        rowErrors: errors,
      });
    }
    const created = await this.commit(
      registryId,
      userId,
      parsed.map((row) => row.item),
    );
    return { rows, errors: [], created };
  }

  /** Adds the items in one transaction, in order, through the items' own create path: all of them or none. */
  commit(registryId: string, userId: string, items: CreateItemDto[]): Promise<number> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      await assertItemRoom(tx, registry, items.length);
      for (const item of items) await this.items.insert(tx, registry, item);
      return items.length;
    });
  }

  /** The registry's gifts (archived ones left out) in the import's columns, in the couple's order. */
  async exportCsv(registryId: string, userId: string): Promise<SheetFile> {
    const registry = await this.registries.findOwned(registryId, userId);
    const items = await this.db.manager.find(Item, { where: { registryId: registry.id, archived: false }, order: { position: 'ASC', createdAt: 'ASC' } });
    const currency = registry.currency.trim();
    return {
      body: csvText(
        IMPORT_COLUMNS,
        items.map((item) => itemCells(item, currency)),
      ),
      filename: `${registry.slug}-gifts-${zonedDate(new Date(), registry.timeZone)}.csv`,
    };
  }

  async template(registryId: string, userId: string, format: 'csv' | 'xlsx'): Promise<SheetFile> {
    const registry = await this.registries.findOwned(registryId, userId);
    // The examples in the list's language (the gifts imported will be in it); the header row stays the column ids the import reads.
    const rows = templateRows(registry, registry.language);
    const filename = `whispergifts-gifts-template.${format}`;
    if (format === 'csv') return { body: csvText(IMPORT_COLUMNS, rows), filename };
    const sheetName = translator().t(registry.language, 'imports:template.sheet');
    return { body: xlsxStream(Readable.from(rows), registry.timeZone, sheetName, IMPORT_COLUMNS, IMPORT_COLUMNS), filename };
  }
}

/** Three example rows, one of each kind, with prices in the registry's currency and words in its language. */
function templateRows(registry: Registry, language: Language): ExportCell[][] {
  const say = (key: Parameters<ReturnType<typeof translator>['t']>[1]) => translator().t(language, key);
  const currency = registry.currency.trim();
  const money = (major: number) => new Money(majorUnits(major * 10 ** minorDigits(currency), currency), minorDigits(currency));
  return [
    [
      say('imports:template.toaster.name'),
      say('imports:template.toaster.description'),
      'https://shop.example/toaster',
      money(40),
      money(60),
      1,
      'gift',
      null,
      say('imports:template.kitchen'),
      'high',
    ],
    [
      say('imports:template.fund.name'),
      say('imports:template.fund.description'),
      null,
      null,
      null,
      null,
      'fund',
      money(2000),
      say('imports:template.honeymoon'),
      'medium',
    ],
    [
      say('imports:template.espresso.name'),
      say('imports:template.espresso.description'),
      null,
      null,
      null,
      null,
      'group-gift',
      money(450),
      say('imports:template.kitchen'),
      'low',
    ],
  ];
}

function preview({ row, item, errors }: ParsedRow): ImportRowDto {
  const money = item.kind === 'fund' || item.kind === 'group-gift';
  const number = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
  return {
    row,
    name: typeof item.name === 'string' ? item.name : '',
    description: typeof item.description === 'string' ? item.description : '',
    url: typeof item.url === 'string' ? item.url : null,
    priceMin: number(item.priceMin),
    priceMax: number(item.priceMax),
    quantity: money ? null : item.quantity === undefined ? 1 : number(item.quantity),
    kind: item.kind === 'fund' || item.kind === 'group-gift' ? item.kind : 'gift',
    targetAmount: number(item.targetAmount),
    category: typeof item.category === 'string' ? item.category : null,
    priority: item.priority === 'high' || item.priority === 'low' ? item.priority : 'medium',
    valid: errors.length === 0,
  };
}
