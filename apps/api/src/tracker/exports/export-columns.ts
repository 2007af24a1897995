import type { Language } from '@whispergifts/i18n';
import { type MessageKey, translator } from '@whispergifts/i18n/node';
import type { Registry } from '../../registries/registry.entity';
import { majorUnits, minorDigits } from '../../pledges/dto/money';
import type { Stage } from '../dto/tracker-entry.dto';
import type { EntryRow } from '../tracker-rows';

/**
 * The exports' columns, in order (the CSV's header line and the XLSX's first row), each with its header in the
 * catalogue: the file speaks the registry's language, the cells' data stays as the couple and guests wrote it.
 */
export const EXPORT_COLUMNS = {
  gift: 'exports:column.gift',
  kind: 'exports:column.kind',
  quantity: 'exports:column.quantity',
  amount: 'exports:column.amount',
  giver: 'exports:column.giver',
  email: 'exports:column.email',
  address: 'exports:column.address',
  message: 'exports:column.message',
  stage: 'exports:column.stage',
  createdAt: 'exports:column.created-at',
  boughtAt: 'exports:column.bought-at',
  receivedAt: 'exports:column.received-at',
  thankedAt: 'exports:column.thanked-at',
  thankNote: 'exports:column.thank-note',
} as const satisfies Record<string, MessageKey>;

export type ExportColumn = keyof typeof EXPORT_COLUMNS;
export const EXPORT_COLUMN_IDS = Object.keys(EXPORT_COLUMNS) as ExportColumn[];
export const DATE_COLUMNS: readonly ExportColumn[] = ['createdAt', 'boughtAt', 'receivedAt', 'thankedAt'];

/** The header line in a language. */
export function exportHeader(language: Language): string[] {
  const t = translator();
  return EXPORT_COLUMN_IDS.map((id) => t.t(language, EXPORT_COLUMNS[id]));
}

/** The sheet's name in the XLSX (Excel allows 31 characters). */
export const sheetName = (language: Language) => translator().t(language, 'exports:sheet.tracker').slice(0, 31);

const KIND_LABELS = { reservation: 'exports:kind.reservation', pledge: 'exports:kind.pledge', offline: 'exports:kind.offline' } as const;

const STAGE_LABELS: Record<Stage, MessageKey> = {
  held: 'exports:stage.held',
  reserved: 'exports:stage.reserved',
  pledged: 'exports:stage.pledged',
  bought: 'exports:stage.bought',
  received: 'exports:stage.received',
  thanked: 'exports:stage.thanked',
  cancelled: 'exports:stage.cancelled',
  lapsed: 'exports:stage.lapsed',
};

/** An amount in major units of the registry's currency, exactly as text (`50.00`) and with its number of decimals. */
export class Money {
  constructor(
    readonly text: string,
    readonly digits: number,
  ) {}
}

/** One export line: text, counts, amounts and instants, or empty (null). */
export type ExportCell = string | number | Money | Date | null;

/** A tracker row as an export line. Surprise mode empties the guest columns of reservations and pledges, as the tracker view does. */
export function exportCells(row: EntryRow, registry: Pick<Registry, 'currency' | 'language'>, guestsHidden: boolean): ExportCell[] {
  const t = translator();
  const hidden = guestsHidden && row.kind !== 'offline';
  const currency = registry.currency.trim();
  const amount = row.amount === null ? null : new Money(majorUnits(Number(row.amount), currency), minorDigits(currency));
  return [
    row.gift,
    t.t(registry.language, KIND_LABELS[row.kind]),
    row.quantity,
    amount,
    hidden ? null : row.guest_name,
    hidden ? null : row.guest_email,
    hidden ? null : row.guest_address,
    hidden ? null : row.message,
    t.t(registry.language, STAGE_LABELS[row.stage]),
    row.created_at,
    row.bought_at,
    row.received_at,
    row.thanked_at,
    row.thank_note,
  ];
}
