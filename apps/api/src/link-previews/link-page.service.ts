import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { imageDto } from '../images/dto/image.dto';
import type { StoredImage } from '../images/stored-image';
import type { Language } from '@whispergifts/i18n';
import type { Theme, Visibility } from '../registries/registry.entity';
import { firstPaintMarkup, withAppAfterFirstPaint, withFirstPaint, withLanguage, withTheme } from './first-paint';
import { privateListMeta, publicListMeta, renderPage } from './page-meta';
import { PageShell } from './page-shell';
import { GENERIC_PREVIEW_PATH, hasOwnPreview, previewFileName } from './preview-design';

interface Row {
  slug: string;
  title: string;
  couple_names: string;
  event_date: string | null;
  welcome_message: string;
  theme: Theme;
  language: Language;
  visibility: Visibility;
  header_image: StoredImage | null;
  link_preview: string | null;
  suspended: boolean;
}

/**
 * The HTML of a shared gift list (`/r/{slug}`, or `/` on the couple's domain): the web app's shell with the list's
 * own title, description, preview image and canonical link, so a link pasted into WhatsApp or Facebook shows the
 * couple. One query; the result is cached under the registry's version (LinkPageCachePolicy) and by nginx.
 */
@Injectable()
export class LinkPageService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly shell: PageShell,
  ) {}

  private async shellOrFail() {
    const shell = await this.shell.get();
    if (!shell) throw new ProblemException(503, 'service-unavailable', msg('problems:link-previews.service-unavailable'));
    return shell;
  }

  async page(slug: string): Promise<Buffer> {
    const shell = await this.shellOrFail();
    const [row] = (await this.db.query(
      `SELECT slug, title, couple_names, event_date::text AS event_date, welcome_message, theme, language, visibility, header_image, link_preview,
              suspended_at IS NOT NULL AS suspended
         FROM registries WHERE slug = $1`,
      [slug],
    )) as Row[];
    // A problem like every API error; nginx answers the document with the plain app and the 404 (proxy-page.conf).
    if (!row) throw notFound('gift-list');
    const url = `${this.config.publicUrl}/r/${encodeURIComponent(row.slug)}`;
    const generic = `${this.config.publicUrl}${GENERIC_PREVIEW_PATH}`;
    const page = (html: string, named: boolean) =>
      Buffer.from(
        withFirstPaint(
          withAppAfterFirstPaint(withTheme(withLanguage(html, row.language), named ? row.theme : null), row.slug, row.visibility !== 'password'),
          firstPaintMarkup(
            named
              ? {
                  title: row.title,
                  coupleNames: row.couple_names,
                  eventDate: row.event_date,
                  welcomeMessage: row.welcome_message,
                  theme: row.theme,
                  headerImage: imageDto(row.header_image, this.config.mediaUrl),
                  language: row.language,
                }
              : null,
          ),
        ),
      );
    // A list suspended for abuse shows nothing of itself in a link preview either (its version bump renews the page).
    if (!hasOwnPreview(row.visibility) || row.suspended) return page(renderPage(shell.html, privateListMeta(url, generic)), false);
    const current = previewFileName({
      title: row.title,
      coupleNames: row.couple_names,
      eventDate: row.event_date,
      theme: row.theme,
      photo: row.header_image?.original ?? null,
      language: row.language,
    });
    // Until the worker has made the preview of what the list shows now, the generic one (never old names or an old photo).
    const image = row.link_preview === current ? `${this.config.mediaUrl}/${current}` : generic;
    const meta = publicListMeta(
      { title: row.title, coupleNames: row.couple_names, eventDate: row.event_date, welcomeMessage: row.welcome_message },
      url,
      image,
    );
    return page(renderPage(shell.html, meta), true);
  }
}
