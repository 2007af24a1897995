import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n, type I18n } from '@lingui/core';
import { compileCatalogue } from './compile';
import { LANGUAGE_CODES, localeOf, type Language } from './languages';
import { NAMESPACE_NAMES, type Catalogue, type Namespace } from './namespaces';

export { compileCatalogue } from './compile';

/**
 * The catalogues on disk: beside the sources (libs/i18n/catalogues) in development and tests, inside dist/ in the
 * runtime image, which keeps only each library's dist (scripts/copy-catalogues.mjs puts them there).
 */
export function cataloguesDir(): string {
  const dir = [join(__dirname, '..', 'catalogues'), join(__dirname, 'catalogues')].find((d) => existsSync(d));
  if (!dir) throw new Error(`the i18n catalogues are not beside ${__dirname}`);
  return dir;
}

/** One catalogue file; an absent file is an empty catalogue (the catalogue test reports it as missing keys). */
export function readCatalogue(language: Language, namespace: Namespace, dir = cataloguesDir()): Catalogue {
  const file = join(dir, language, `${namespace}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalogue) : {};
}

/** Every catalogue file that exists, `{ [language]: { [namespace]: Catalogue } }`, for the catalogue test. */
export function readAllCatalogues(dir = cataloguesDir()): Record<string, Record<string, Catalogue>> {
  const all: Record<string, Record<string, Catalogue>> = {};
  for (const language of readdirSync(dir)) {
    all[language] = {};
    for (const file of readdirSync(join(dir, language)).filter((f) => f.endsWith('.json'))) {
      all[language][file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, language, file), 'utf8')) as Catalogue;
    }
  }
  return all;
}

/** A key as written in code: `'mail:reservation.subject'`. */
export type MessageKey = `${Namespace}:${string}`;
export type MessageValues = Record<string, string | number | Date>;

/** Server-side text in any language: every catalogue compiled at start (a few hundred kB at most). */
export interface Translator {
  t(language: Language, key: MessageKey, values?: MessageValues): string;
}

let shared: Translator | undefined;

export function createTranslator(dir = cataloguesDir()): Translator {
  // One Lingui instance per language, each activated once: requests in different languages run interleaved.
  const instances = new Map<Language, I18n>(
    LANGUAGE_CODES.map((language) => {
      const messages = Object.assign({}, ...NAMESPACE_NAMES.map((ns) => compileCatalogue(ns, readCatalogue(language, ns, dir)))) as Record<string, never>;
      // Numbers in messages (`#`, `{n, number}`) in the language's own locale, Arabic's digits included (localeOf).
      const instance = setupI18n({ locale: language, locales: [localeOf(language)], messages: { [language]: messages } });
      return [language, instance];
    }),
  );
  return { t: (language, key, values) => instances.get(language)!._(key, values) };
}

/** The process's translator, made on first use. */
export function translator(): Translator {
  return (shared ??= createTranslator());
}
