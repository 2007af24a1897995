import { Injectable, Logger } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { AppConfig } from '../common/config/app-config';
import { isMediaName } from '../images/stored-image';

const run = promisify(execFile);
const CARD_FILE = /^[0-9a-f]{32}\.(pdf|png)$/;

/** MEDIA_DIR/guest-cards: the PDFs and their page previews, under random names (nginx serves them, never lists them). */
@Injectable()
export class GuestCardFiles {
  private readonly logger = new Logger(GuestCardFiles.name);

  constructor(private readonly config: AppConfig) {}

  get dir(): string {
    return join(this.config.mediaDir, 'guest-cards');
  }

  path(name: string): string {
    if (!CARD_FILE.test(name)) throw new Error(`not a guest card file name: ${JSON.stringify(name)}`);
    return join(this.dir, name);
  }

  /** Writes the PDF under a new random name, whole or not at all (a temporary name, then a rename). */
  async writePdf(pdf: Buffer): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const name = `${randomBytes(16).toString('hex')}.pdf`;
    const temporary = join(this.dir, `.${name}.part`);
    await writeFile(temporary, pdf, { mode: 0o644 });
    await rename(temporary, this.path(name));
    return name;
  }

  /**
   * A PNG of the page at screen resolution, drawn by poppler's pdftoppm (the same renderer the tests read the QR
   * code with). Without poppler installed there is simply no preview; the PDF is what matters.
   */
  async writePreview(pdfName: string): Promise<string | null> {
    const name = `${randomBytes(16).toString('hex')}.png`;
    const prefix = join(this.dir, `.${name}.part`);
    try {
      await run('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', this.path(pdfName), prefix], { timeout: 20_000 });
      await rename(`${prefix}.png`, this.path(name));
      return name;
    } catch (error) {
      this.logger.warn(`no preview for ${pdfName}: ${String(error)}`);
      await rm(`${prefix}.png`, { force: true });
      return null;
    }
  }

  /** The header photo as a JPEG for the PDF (which takes only JPEG and PNG), at most 1000 pixels wide. */
  async photoJpeg(original: string): Promise<Buffer> {
    if (!isMediaName(original)) throw new Error(`not a media file name: ${JSON.stringify(original)}`);
    return sharp(await readFile(join(this.config.mediaDir, original)))
      .resize({ width: 1000, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  }

  async remove(names: (string | null | undefined)[]): Promise<void> {
    await Promise.all(names.filter((n): n is string => !!n && CARD_FILE.test(n)).map((n) => rm(this.path(n), { force: true })));
  }
}
