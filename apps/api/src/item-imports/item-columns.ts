import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flatten } from '../common/http/validation.pipe';
import { FieldError, ProblemException } from '../common/problem/problem';
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

export interface ParsedRow {
  row: number;
  item: CreateItemDto;
  errors: RowError[];
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
  const errors: RowError[] = [];
  const fail = (column: ImportColumn, code: string, message: string) => errors.push({ row, column, code, message });
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
    if (amount === 'invalid') fail(column, 'not-a-number', `${column} must be an amount such as 49.90 or 49,90 (got "${value}").`);
    else if (amount === 'too-many-decimals') fail(column, 'invalid', `${column} has more decimals than ${currency} has (${minorDigits(currency)}).`);
    else plain[field] = amount;
  }
  const quantity = text('quantity').toLowerCase();
  if (quantity && isMoneyKind(kind)) {
    fail('quantity', 'not-applicable', `A ${kind} takes amounts, not units: leave quantity empty.`);
  } else if (quantity === 'unlimited') {
    plain.quantity = null;
  } else if (quantity) {
    if (/^\d+$/.test(quantity)) plain.quantity = Number(quantity);
    else fail('quantity', 'not-a-number', `quantity must be a whole number or "unlimited" (got "${quantity}").`);
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

/** A sentence naming the column, as the couple's spreadsheet labels it (the field error's detail names API fields). */
function messageFor(column: ImportColumn, error: FieldError, currency: string): string {
  const money = column === 'price min' || column === 'price max' || column === 'target';
  const limit = error.limit === undefined ? '' : money ? majorUnits(error.limit, currency) : String(error.limit);
  switch (error.code) {
    case 'required':
      return column === 'target' ? 'A group-gift needs a target (its price).' : `${column} is required.`;
    case 'too-long':
      return `${column} is longer than ${limit} characters.`;
    case 'too-short':
      return `${column} is shorter than ${limit} characters.`;
    case 'too-small':
      return `${column} must be at least ${limit}.`;
    case 'too-large':
      return `${column} must be at most ${limit}.`;
    case 'invalid-url':
      return `${column} must be a web address starting with http:// or https://.`;
    case 'not-one-of':
      return column === 'kind'
        ? 'kind must be gift, fund or group-gift.'
        : column === 'priority'
          ? 'priority must be high, medium or low.'
          : `${column} is not allowed.`;
    case 'not-applicable':
      return column === 'target' ? 'Only a fund or a group-gift has a target: leave it empty for a gift.' : error.detail;
    default:
      return `${column}: ${error.detail}`;
  }
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

const badSheet = (detail: string) => new ProblemException(422, 'spreadsheet-unreadable', detail);
const COLUMN_LIST = IMPORT_COLUMNS.join(', ');

/**
 * The header row names the columns (any order, any case; only `name` is required); every later row is a gift.
 * A header that is no column, or one named twice, refuses the file: a misspelt "prize max" would otherwise drop
 * every price silently.
 */
export function parseSheet(rows: { number: number; cells: string[] }[], currency: string): ParsedRow[] {
  const [header, ...data] = rows;
  if (!header) throw badSheet(`The file has no rows. Its first row names the columns (${COLUMN_LIST}); each row after it is a gift.`);
  const columns = header.cells.map((cell) => (cell.trim() === '' ? null : (columnOf(restoreDefused(cell.trim())) ?? cell.trim())));
  const unknown = columns.filter((c): c is string => c !== null && !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    throw badSheet(`The first row names columns this import does not know: ${unknown.map((c) => `"${c}"`).join(', ')}. The columns are: ${COLUMN_LIST}.`);
  const twice = columns.filter((c, i) => c !== null && columns.indexOf(c) !== i);
  if (twice.length) throw badSheet(`The first row names ${twice.map((c) => `"${c}"`).join(', ')} more than once.`);
  if (!columns.includes('name')) throw badSheet(`The first row must name the columns, with at least "name" (the columns are: ${COLUMN_LIST}).`);
  if (data.length === 0) throw badSheet('The file has a header row but no gifts below it.');
  if (data.length > MAX_IMPORT_ROWS) throw badSheet(`A file holds at most ${MAX_IMPORT_ROWS} gifts; this one has ${data.length}. Split it in two.`);
  return data.map(({ number, cells }) => {
    const byColumn: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column) byColumn[column as ImportColumn] = cells[i] ?? '';
    });
    const extra = cells.slice(columns.length).some((cell) => cell.trim() !== '');
    const parsed = parseRow(number, byColumn, currency);
    if (extra) parsed.errors.push({ row: number, column: 'name', code: 'unknown-field', message: 'This row has more cells than the header row has columns.' });
    return parsed;
  });
}
