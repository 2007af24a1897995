import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import { LocalizedDetail, ProblemException, msg } from '../common/problem/problem';

/** An XLSX is a ZIP; this much unpacked is far above any 500-row list and far below trouble (a "zip bomb" is refused unread). */
const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

const unreadable = (detail: LocalizedDetail, status = 422) => new ProblemException(status, 'spreadsheet-unreadable', detail);

/** A row of text cells with its number as the spreadsheet shows it (1 is the first). */
export interface SheetRow {
  number: number;
  cells: string[];
}

/**
 * A spreadsheet file's first sheet as rows of text cells, blank rows left out. The format is read from the content, not the file name: a
 * ZIP is an XLSX workbook, anything else must be UTF-8 text (CSV, separated by commas, semicolons as European Excel
 * writes, or tabs). Anything else is a problem+json saying how to save the file.
 */
export async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  if (bytes.length === 0) throw unreadable(msg('imports:sheet.empty'));
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw unreadable(msg('imports:sheet.old-excel'), 415);
  return readCsv(bytes);
}

function readCsv(bytes: Buffer): SheetRow[] {
  const notUtf8 = () => unreadable(msg('imports:sheet.not-utf8'), 415);
  // Excel's "Unicode text" is UTF-16, with its byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw notUtf8();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw notUtf8();
  // Text never holds a NUL byte; an image or a PDF does within its first bytes.
  if (bytes.subarray(0, 4096).includes(0)) throw unreadable(msg('imports:sheet.not-a-spreadsheet'), 415);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notUtf8();
  }
  try {
    // Blank lines are kept while parsing so each record's number is its row, as a spreadsheet program counts them.
    const records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, bom: true }) as string[][];
    return records.map((cells, i) => ({ number: i + 1, cells })).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  } catch (error) {
    // csv-parse's own explanation (English, with the line it stopped at) follows the sentence.
    throw unreadable(msg('imports:sheet.csv-unreadable', { reason: (error as Error).message.replace(/^Invalid \w+: /, '') }));
  }
}

/** The separator the header line uses most (outside quotes): a comma, a semicolon or a tab. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const unpacked = zipUnpackedBytes(bytes);
  if (unpacked === null) throw unreadable(msg('imports:sheet.damaged'));
  if (unpacked > MAX_UNPACKED_BYTES) throw unreadable(msg('imports:sheet.unpacks-too-large', { megabytes: MAX_UNPACKED_BYTES / 1024 / 1024 }), 413);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable(msg('imports:sheet.workbook-unreadable'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable(msg('imports:sheet.no-sheet'));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i).value));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: row.number, cells });
  });
  return rows;
}

/** A cell as the text the couple sees: a formula's last result (never the formula), a link's text, rich text joined. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('error' in value) return '';
  return '';
}

/**
 * The sum of the uncompressed sizes a ZIP's central directory declares, or null when it cannot be found. Read
 * before exceljs inflates anything, so a small file that unpacks to gigabytes is refused unread.
 */
export function zipUnpackedBytes(zip: Buffer): number | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return null;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    total += zip.readUInt32LE(offset + 24);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}
