import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AppConfig } from '../common/config/app-config';

export interface Shell {
  html: string;
  /** Of the file's bytes: part of the cached page's key, so a new release of the web app is a new page at once. */
  hash: string;
}

/**
 * The web app's built index.html (WEB_SHELL_FILE), the page the link-preview HTML is made from. Read once; while it is
 * missing (the API started before the web app was built) every request looks again, and the page answers 503 so
 * nginx serves its own static copy instead.
 */
@Injectable()
export class PageShell {
  private readonly logger = new Logger(PageShell.name);
  private shell?: Promise<Shell | null>;

  constructor(private readonly config: AppConfig) {}

  async get(): Promise<Shell | null> {
    this.shell ??= this.read();
    const shell = await this.shell;
    if (!shell) this.shell = undefined;
    return shell;
  }

  private async read(): Promise<Shell | null> {
    try {
      const bytes = await readFile(this.config.webShellFile);
      return { html: bytes.toString('utf8'), hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
    } catch (error) {
      this.logger.warn(`no web app shell at ${this.config.webShellFile} (link previews answer 503, nginx serves its own): ${String(error)}`);
      return null;
    }
  }
}
