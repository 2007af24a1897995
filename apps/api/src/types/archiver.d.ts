/**
 * The part of archiver 5 (the streaming ZIP writer exceljs already depends on) that the account export uses.
 * archiver ships no types and @types/archiver is not installed.
 */
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';

  namespace archiver {
    interface EntryData {
      name: string;
      date?: Date;
    }

    interface Archiver extends Transform {
      append(source: Readable | Buffer | string, data: EntryData): this;
      file(path: string, data: EntryData): this;
      finalize(): Promise<void>;
      abort(): this;
      pointer(): number;
    }

    interface ArchiverOptions {
      zlib?: { level?: number };
    }
  }

  function archiver(format: 'zip', options?: archiver.ArchiverOptions): archiver.Archiver;
  export = archiver;
}
