import { type Language, localeOf } from '@whispergifts/i18n';
import { type MessageKey, type MessageValues, translator } from '@whispergifts/i18n/node';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flatten } from '../common/http/validation.pipe';
import { FieldError, LocalizedDetail, ProblemException, msg } from '../common/problem/problem';
import { CreateItemDto } from '../items/dto/item-input.dto';
import { moneyColumns } from '../items/item-kinds';
import { assertPriceRange } from '../items/items.service';
import type { Item } from '../items/item.entity';
import { majorUnits, minorDigits } from '../pledges/dto/money';
import { Money, type ExportCell } from '../tracker/exports/export-columns';
import { restoreDefused } from '../tracker/exports/defuse-formula';

/** The spreadsheet's columns, in the order the export and the template write them (the header row). */
export const IMPORT_COLUMNS = ['name', 'description', 'url', 'price min', 'price max', 'quantity', 'kind', 'target', 'category', 'priority'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The item field each column fills; an error on a field is reported on its column. */
const FIELD_COLUMNS: Record<string, ImportColumn> = {
  name: 'name',
  description: 'description',
  url: 'url',
  priceMin: 'price min',
  priceMax: 'price max',
  quantity: 'quantity',
  kind: 'kind',
  targetAmount: 'target',
  minContribution: 'target',
  category: 'category',
  priority: 'priority',
};

/** "Price min", "price_min", "PriceMin" all name the column `price min`. */
const normalized = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map(IMPORT_COLUMNS.map((column) => [normalized(column), column]));

export function columnOf(header: string): ImportColumn | undefined {
  return BY_KEY.get(normalized(header));
}

export interface RowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** A row's problem before it is said: its sentence is written in the request's language (`rowErrorsIn`). */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  say: (language: Language) => string;
}

export interface ParsedRow {
  row: number;
  item: CreateItemDto;
  errors: RowProblem[];
}

/** The sentence of a catalogue key in a language, for later. */
const says =
  (key: MessageKey, values: MessageValues = {}) =>
  (language: Language) =>
    translator().t(language, key, values);

/** Row problems as the API answers them, each sentence in `language`; `code` and `column` never change. */
export function rowErrorsIn(language: Language, problems: RowProblem[]): RowError[] {
  return problems.map(({ row, column, code, say }) => ({ row, column, code, message: say(language) }));
}

/** An amount in major units as the language writes it ("60.00" in English, "60,00" in German), without grouping. */
function amountIn(language: Language, minor: number, currency: string): string {
  if (language === 'en') return majorUnits(minor, currency);
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(
    minor / 10 ** digits,
  );
}

const isMoneyKind = (kind: string | undefined) => kind === 'fund' || kind === 'group-gift';

/**
 * "49.90", "49,90" or "49" in major units → minor units, by string (no floating point), with at most as many decimals
 * as the currency has (EUR 2, JPY 0, BHD 3, as Intl knows them).
 */
export function parseMoney(text: string, currency: string): number | 'invalid' | 'too-many-decimals' {
  const match = /^(\d{1,13})(?:[.,](\d+))?$/.exec(text.replace(/\s/g, ''));
  if (!match) return 'invalid';
  const digits = minorDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits)
    return /^0*$/.test(fraction.slice(digits)) ? parseMoney(`${match[1]}.${fraction.slice(0, digits)}`, currency) : 'too-many-decimals';
  return Number(match[1] + fraction.padEnd(digits, '0'));
}

/**
 * One data row (cells by column, already text) → the CreateItemDto the items' create path takes, with every problem
 * found: first each cell's own format, then the DTO's validation and the rules across fields (moneyColumns), so a
 * spreadsheet is held to exactly what the API's create holds a request to.
 */
export function parseRow(row: number, cells: Partial<Record<ImportColumn, string>>, currency: string): ParsedRow {
  const errors: RowProblem[] = [];
  const fail = (column: ImportColumn, code: string, say: RowProblem['say']) => errors.push({ row, column, code, say });
  const text = (column: ImportColumn) => restoreDefused(cells[column]?.trim() ?? '');
  const plain: Record<string, unknown> = { name: text('name') };
  const kind = text('kind')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (kind) plain.kind = kind;
  for (const [column, field] of [
    ['description', 'description'],
    ['url', 'url'],
    ['category', 'category'],
  ] as const) {
    if (text(column)) plain[field] = text(column);
  }
  if (text('priority')) plain.priority = text('priority').toLowerCase();
  for (const [column, field] of [
    ['price min', 'priceMin'],
    ['price max', 'priceMax'],
    ['target', 'targetAmount'],
  ] as const) {
    const value = text(column);
    if (!value) continue;
    const amount = parseMoney(value, currency);
    if (amount === 'invalid') fail(column, 'not-a-number', says('imports:row.not-an-amount', { column, value }));
    else if (amount === 'too-many-decimals')
      fail(column, 'invalid', says('imports:row.too-many-decimals', { column, currency, digits: String(minorDigits(currency)) }));
    else plain[field] = amount;
  }
  const quantity = text('quantity').toLowerCase();
  if (quantity && isMoneyKind(kind)) {
    fail('quantity', 'not-applicable', says('imports:row.quantity-for-money', { kind }));
  } else if (quantity === 'unlimited') {
    plain.quantity = null;
  } else if (quantity) {
    if (/^\d+$/.test(quantity)) plain.quantity = Number(quantity);
    else fail('quantity', 'not-a-number', says('imports:row.quantity-not-a-number', { value: quantity }));
  }

  const item = plainToInstance(CreateItemDto, plain);
  const invalid = validateSync(item, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true, validationError: { target: true, value: true } });
  for (const error of flatten(invalid)) report(error);
  if (!errors.length) {
    try {
      assertPriceRange(item.priceMin, item.priceMax);
      moneyColumns(item, null, currency);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      for (const fieldError of error.body.errors ?? []) report(fieldError);
    }
  }
  return { row, item, errors };

  function report(error: FieldError) {
    const field = error.pointer.replace(/^#\//, '').split('/')[0];
    const column = FIELD_COLUMNS[field] ?? 'name';
    fail(column, error.code, messageFor(column, error, currency));
  }
}

/**
 * A sentence naming the column, as the couple's spreadsheet labels it (the field error's detail names API fields).
 * The column keeps its header's name in every language: it is what the couple's sheet says.
 */
function messageFor(column: ImportColumn, error: FieldError, currency: string): RowProblem['say'] {
  const money = column === 'price min' || column === 'price max' || column === 'target';
  const limit = (language: Language) => (error.limit === undefined ? '' : money ? amountIn(language, error.limit, currency) : String(error.limit));
  const withLimit = (key: MessageKey) => (language: Language) => translator().t(language, key, { column, limit: limit(language) });
  switch (error.code) {
    case 'required':
      return column === 'target' ? says('imports:row.target-required') : says('imports:row.required', { column });
    case 'too-long':
      return withLimit('imports:row.too-long');
    case 'too-short':
      return withLimit('imports:row.too-short');
    case 'too-small':
      return withLimit('imports:row.too-small');
    case 'too-large':
      return withLimit('imports:row.too-large');
    case 'invalid-url':
      return says('imports:row.invalid-url', { column });
    case 'not-one-of':
      return column === 'kind'
        ? says('imports:row.kind-not-one-of')
        : column === 'priority'
          ? says('imports:row.priority-not-one-of')
          : says('imports:row.not-allowed', { column });
    case 'not-applicable':
      return column === 'target' ? says('imports:row.target-not-applicable') : fieldSentence(column, error, false);
    default:
      return fieldSentence(column, error, true);
  }
}

/**
 * Any other field error: English keeps the validator's own sentence (as before); another language says the code's
 * sentence from the problems catalogue, after the column's name.
 */
function fieldSentence(column: ImportColumn, error: FieldError, named: boolean): RowProblem['say'] {
  return (language) => {
    if (language === 'en') return named ? `${column}: ${error.detail}` : error.detail;
    const detail = translator().t(language, `problems:field.${error.code}`, { limit: error.limit ?? 0 });
    return translator().t(language, 'imports:row.other', { column, detail });
  };
}

/** An item as a line of the export (the same columns the import reads): amounts in major units, unlimited spelt out. */
export function itemCells(item: Item, currency: string): ExportCell[] {
  const money = (amount: number | null) => (amount === null ? null : new Money(majorUnits(Number(amount), currency), minorDigits(currency)));
  const gift = item.kind === 'gift';
  return [
    item.name,
    item.description,
    item.url,
    money(item.priceMin),
    money(item.priceMax),
    gift ? (item.quantity === null ? 'unlimited' : item.quantity) : null,
    item.kind,
    gift ? null : money(item.targetAmount),
    item.category,
    item.priority,
  ];
}

/** At most this many gifts per file: a preview a person can read, and one transaction of bounded size. */
export const MAX_IMPORT_ROWS = 500;

const badSheet = (detail: LocalizedDetail) => new ProblemException(422, 'spreadsheet-unreadable', detail);
const COLUMN_LIST = IMPORT_COLUMNS.join(', ');
const quoted = (names: string[]) => names.map((c) => `"${c}"`).join(', ');

/**
 * The header row names the columns (any order, any case; only `name` is required); every later row is a gift.
 * A header that is no column, or one named twice, refuses the file: a misspelt "prize max" would otherwise drop
 * every price silently.
 */
export function parseSheet(rows: { number: number; cells: string[] }[], currency: string): ParsedRow[] {
  const [header, ...data] = rows;
  if (!header) throw badSheet(msg('imports:sheet.no-rows', { columns: COLUMN_LIST }));
  const columns = header.cells.map((cell) => (cell.trim() === '' ? null : (columnOf(restoreDefused(cell.trim())) ?? cell.trim())));
  const unknown = columns.filter((c): c is string => c !== null && !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw badSheet(msg('imports:sheet.unknown-columns', { unknown: quoted(unknown), columns: COLUMN_LIST }));
  const twice = columns.filter((c, i): c is string => c !== null && columns.indexOf(c) !== i);
  if (twice.length) throw badSheet(msg('imports:sheet.named-twice', { names: quoted(twice) }));
  if (!columns.includes('name')) throw badSheet(msg('imports:sheet.no-name-column', { columns: COLUMN_LIST }));
  if (data.length === 0) throw badSheet(msg('imports:sheet.no-gifts'));
  if (data.length > MAX_IMPORT_ROWS) throw badSheet(msg('imports:sheet.too-many-rows', { max: MAX_IMPORT_ROWS, count: data.length }));
  return data.map(({ number, cells }) => {
    const byColumn: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column) byColumn[column as ImportColumn] = cells[i] ?? '';
    });
    const extra = cells.slice(columns.length).some((cell) => cell.trim() !== '');
    const parsed = parseRow(number, byColumn, currency);
    if (extra) parsed.errors.push({ row: number, column: 'name', code: 'unknown-field', say: says('imports:row.extra-cells') });
    return parsed;
  });
}
