import { i18n, type Messages } from '@lingui/core';
import type { Namespace } from '@whispergifts/i18n';
import { addCatalogue } from '@/lib/i18n/catalogues';

/**
 * Tests start in English with every catalogue at hand, as a page is once its catalogues have arrived, so a test
 * reads the page at once; `loadLanguageForTest` adds another language the same way.
 */
const all = import.meta.glob<Messages>('../../../../libs/i18n/catalogues/*/*.json', { import: 'default', eager: true });

export function loadLanguageForTest(language: Parameters<typeof addCatalogue>[0]): void {
  for (const [path, messages] of Object.entries(all)) {
    const [, lang, ns] = /\/catalogues\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
    if (lang === language) addCatalogue(language, ns as Namespace, messages);
  }
}

export function startTestsInEnglish(): void {
  loadLanguageForTest('en');
  i18n.activate('en');
}
