import { i18n } from '@lingui/core';
import { type Language, directionOf, isLanguage, localeOf, negotiateLanguage, withNumberingSystem } from '@whispergifts/i18n';
import { loadCatalogues, loadedNamespaces } from './catalogues';

const STORAGE_KEY = 'wg:language';

/** The language this visitor chose with the picker, remembered on this device. */
export function chosenLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage refused (private mode, blocked cookies): no memory, not an error
  }
}

function rememberChoice(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // as above
  }
}

/**
 * The language to start in: the visitor's own choice; else, on a shared gift list, the couple's language (the API's
 * first paint puts it on `<html data-registry-language>`); else the browser's (`navigator.languages`); else English.
 */
export function initialLanguage(): Language {
  const registry = document.documentElement.dataset.registryLanguage;
  return chosenLanguage() ?? (isLanguage(registry) ? registry : undefined) ?? negotiateLanguage(navigator.languages) ?? 'en';
}

/** The active language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.locale) ? i18n.locale : 'en';
}

/**
 * The Intl locale for dates, money and numbers in the active language: the browser's own when it speaks that
 * language (an Austrian sees de-AT's conventions, an American en-US's), else the language's usual one. Always with
 * the language's numbering system (`localeOf`): an Egyptian browser's `ar-EG` would write Arabic-Indic digits where
 * the catalogue's plurals write Western ones, so it is `ar-EG-u-nu-latn`.
 */
export function currentLocale(): string {
  return localeFor(currentLanguage());
}

function localeFor(language: Language): string {
  const browser = typeof navigator === 'undefined' ? undefined : navigator.language;
  return browser && browser.toLowerCase().split('-')[0] === language ? withNumberingSystem(browser, language) : localeOf(language);
}

/** Activates a language whose messages' numbers (`#`, `{n, number}`) Lingui formats in the same locale as Intl calls. */
function activate(language: Language): void {
  i18n.activate(language, [localeFor(language)]);
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Loads what the page already shows in another language, then switches everything at once. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadCatalogues(language, loadedNamespaces().length ? loadedNamespaces() : ['common']);
  activate(language);
  applyToDocument(language);
}

/** The picker's choice: switch and remember it, so it wins over the couple's and the browser's language next time. */
export async function chooseLanguage(language: Language): Promise<void> {
  rememberChoice(language);
  await switchLanguage(language);
}

/** A guest page's language: the couple's, unless the guest chose their own. */
export async function followRegistryLanguage(language: Language): Promise<void> {
  if (chosenLanguage() || language === currentLanguage()) return;
  await switchLanguage(language);
}

/** Activates the starting language before the first render; namespaces the first page needs may be named. */
export async function startLanguage(language: Language, namespaces: Parameters<typeof loadCatalogues>[1] = ['common']): Promise<void> {
  await loadCatalogues(language, namespaces);
  activate(language);
  applyToDocument(language);
}
