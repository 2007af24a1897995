/**
 * The catalogue's namespaces: one JSON file per language and namespace (catalogues/<lang>/<namespace>.json), so
 * people translating different parts of the product never edit the same file. Keys are written in code as literals,
 * `'guest:reserve.button'`, which is how the catalogue test (apps/api/src/i18n/catalogues.spec.ts) finds them.
 */
export const NAMESPACES = {
  /** Words every screen uses: buttons, the language picker, dates. */
  common: 'web',
  /** The guest page (a gift list), its dialogs and confirmations. */
  guest: 'web',
  /** The guests' other pages: their gifts, undo and confirm links, reminders, find a couple (not the gift list's own words). */
  'guest-pages': 'web',
  /** The landing page, terms and contact. */
  landing: 'web',
  /** The couple's dashboard. */
  dashboard: 'web',
  /** The admin area. */
  admin: 'web',
  /** Adding and editing gifts: the gift form, the gifts editor, spreadsheets, starter ideas, shop links. */
  gifts: 'web',
  /** The dashboard's money gifts (pledges, mark received) and reservations overviews. */
  pledges: 'web',
  /** The dashboard's thank-you tracker: its list, filters, dialogs and charts. */
  tracker: 'web',
  /** E-mails: subject, HTML and text parts. */
  mail: 'api',
  /** The couple's own e-mails (account, owner notices, summaries, receipts) and the e-mail layout's words. */
  'couple-mail': 'api',
  /** Problem `title` and `detail`. */
  problems: 'api',
  /** Printed guest cards. */
  cards: 'api',
  /** Link preview images. */
  previews: 'api',
  /** Tracker export headers. */
  exports: 'api',
  /** The spreadsheet import's row and file messages, its template's examples, and the starter ideas. */
  imports: 'api',
} as const satisfies Record<string, 'web' | 'api'>;

export type Namespace = keyof typeof NAMESPACES;

export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as Namespace[];
export const WEB_NAMESPACES = NAMESPACE_NAMES.filter((ns) => NAMESPACES[ns] === 'web');
export const API_NAMESPACES = NAMESPACE_NAMES.filter((ns) => NAMESPACES[ns] === 'api');

/** A catalogue file: flat keys (dots are part of the key, not nesting) to ICU MessageFormat messages. */
export type Catalogue = Record<string, string>;
