import { stream as excelStream } from 'exceljs';
import { PassThrough } from 'node:stream';
import { wallClockDate } from '../zoned-time';
import { defuseFormula } from './defuse-formula';
import { DATE_COLUMNS, EXPORT_COLUMN_IDS, ExportCell, Money } from './export-columns';

const WIDTHS: Record<string, number> = {
  gift: 32,
  giver: 24,
  email: 28,
  address: 36,
  message: 40,
  thankNote: 30,
  name: 32,
  description: 40,
  url: 32,
};

/**
 * The same lines as an XLSX workbook, written by exceljs's streaming writer: each row is committed (and leaves
 * memory) as it is written. Dates are real date cells showing the registry's wall-clock time; amounts are numbers
 * with the currency's decimals. Text goes through the same defuseFormula as the CSV's. `columns` are the header row
 * (the tracker's by default; the gift list's import template passes its own).
 */
export function xlsxStream(
  lines: AsyncIterable<ExportCell[]>,
  timeZone: string,
  sheetName: string,
  header: readonly string[],
  /** The columns' keys, in the header's order (widths and date cells go by them): the tracker's unless given. */
  keys: readonly string[] = EXPORT_COLUMN_IDS,
): PassThrough {
  const out = new PassThrough();
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = keys.map((key, i) => ({
    header: header[i],
    key,
    width: WIDTHS[key] ?? ((DATE_COLUMNS as readonly string[]).includes(key) ? 18 : 12),
  }));
  sheet.getRow(1).font = { bold: true };

  const write = async () => {
    for await (const cells of lines) {
      const row = sheet.addRow(
        cells.map((cell) => {
          if (cell === null || typeof cell === 'number') return cell;
          if (cell instanceof Money) return Number(cell.text);
          if (cell instanceof Date) return wallClockDate(cell, timeZone);
          // An empty text is an empty cell, as a blank is in the CSV.
          return cell === '' ? null : defuseFormula(cell);
        }),
      );
      cells.forEach((cell, i) => {
        if (cell instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
        else if (cell instanceof Money) row.getCell(i + 1).numFmt = cell.digits ? `0.${'0'.repeat(cell.digits)}` : '0';
      });
      row.commit();
      // A slow download holds the writer back instead of the rows piling up in memory; one given up stops it.
      if (out.writableNeedDrain) await drainedOrClosed(out);
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

function drainedOrClosed(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('close', done);
  });
}
