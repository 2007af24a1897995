import { zonedDateTime } from '../zoned-time';
import { defuseFormula } from './defuse-formula';
import { ExportCell, Money } from './export-columns';

/**
 * RFC 4180 CSV, a line at a time: every text field quoted (quotes doubled), CRLF line ends, and a byte order mark
 * first, without which Excel opens UTF-8 as its local code page and mangles every accent. Dates in the registry's
 * time zone as `YYYY-MM-DD HH:mm`.
 */
export async function* csvLines(lines: AsyncIterable<ExportCell[]>, timeZone: string, header: readonly string[]): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(header, timeZone)}`;
  for await (const cells of lines) yield csvLine(cells, timeZone);
}

/** A whole small CSV in one text (the account export's items.csv), written like the tracker's: the one CSV writer. */
export function csvText(header: readonly string[], rows: ExportCell[][], timeZone = 'UTC'): string {
  return `\uFEFF${[header, ...rows].map((cells) => csvLine(cells, timeZone)).join('')}`;
}

function csvLine(cells: readonly ExportCell[], timeZone: string): string {
  return `${cells.map((cell) => csvField(cell, timeZone)).join(',')}\r\n`;
}

function csvField(cell: ExportCell, timeZone: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Money) return cell.text;
  if (cell instanceof Date) return zonedDateTime(cell, timeZone);
  return quoted(cell);
}

function quoted(text: string): string {
  return `"${defuseFormula(text).replace(/"/g, '""')}"`;
}
