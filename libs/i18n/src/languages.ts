/**
 * The languages WhisperGifts speaks. One list for the API (the `language` enums in openapi.yaml, e-mails, problem
 * details) and the web app (the picker, `<html lang dir>`). Adding a language: docs/i18n.md.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' },
  { code: 'de', name: 'Deutsch', dir: 'ltr', locale: 'de-DE' },
  { code: 'fr', name: 'Français', dir: 'ltr', locale: 'fr-FR' },
  { code: 'es', name: 'Español', dir: 'ltr', locale: 'es-ES' },
  { code: 'it', name: 'Italiano', dir: 'ltr', locale: 'it-IT' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr', locale: 'nl-NL' },
  { code: 'pt', name: 'Português', dir: 'ltr', locale: 'pt-PT' },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export type TextDirection = 'ltr' | 'rtl';

export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map((l) => l.code);
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: Language): (typeof LANGUAGES)[number] {
  return LANGUAGES.find((l) => l.code === code)!;
}

/** Writing direction, for `<html dir>` and e-mails. */
export function directionOf(code: Language): TextDirection {
  return languageInfo(code).dir;
}

/**
 * The locale Intl formats dates, money and numbers in for a language (a registry's or a user's). A language alone
 * is enough for people; the region only picks conventions (en-GB: 12 June 2027, not June 12). Arabic names its digits:
 * Western (`-u-nu-latn`, 12), never Arabic-Indic (١٢), whatever the browser's or Intl's default for `ar` is, so an
 * amount, a count and a plural's `#` never mix the two (`numberingSystemOf`).
 */
export function localeOf(code: Language): string {
  return languageInfo(code).locale;
}

/** The numbering system a language's locale names (`latn` for Arabic), to impose it on a browser's own locale. */
export function numberingSystemOf(code: Language): string | undefined {
  return /-u-(?:.*-)?nu-([a-z0-9]+)/.exec(localeOf(code))?.[1];
}

/** A locale with the language's numbering system: `ar-EG` → `ar-EG-u-nu-latn`; others as they are. */
export function withNumberingSystem(locale: string, code: Language): string {
  const nu = numberingSystemOf(code);
  if (!nu || /-u-(?:.*-)?nu-/.test(locale)) return locale;
  return locale.includes('-u-') ? `${locale}-nu-${nu}` : `${locale}-u-nu-${nu}`;
}
