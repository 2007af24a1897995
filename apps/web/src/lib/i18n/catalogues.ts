import { i18n, type Messages } from '@lingui/core';
import type { Language, Namespace } from '@whispergifts/i18n';

/**
 * One chunk per language and namespace: Vite splits each catalogue file into its own module (compiled to Lingui's
 * form at build time by vite.config.ts's catalogue plugin), and a page downloads only those of the active language
 * it renders. The catalogue files are shared with the API (libs/i18n/catalogues).
 */
const files = import.meta.glob<Messages>(
  '../../../../../libs/i18n/catalogues/*/{common,guest,guest-pages,landing,dashboard,admin,gifts,pledges,tracker}.json',
  {
    import: 'default',
  },
);

const pending = new Map<string, Promise<void>>();
const loaded = new Set<string>();
const id = (language: Language, namespace: Namespace) => `${language}/${namespace}`;

export function isLoaded(language: Language, namespace: Namespace): boolean {
  return loaded.has(id(language, namespace));
}

/** Adds catalogues that are already at hand (the tests' and the prerendered landing page's English). */
export function addCatalogue(language: Language, namespace: Namespace, messages: Messages): void {
  i18n.load(language, messages);
  loaded.add(id(language, namespace));
}

/** Downloads a catalogue once; the same promise for every caller, so React's `use` can wait on it. */
export function loadCatalogue(language: Language, namespace: Namespace): Promise<void> {
  const key = id(language, namespace);
  let promise = pending.get(key);
  if (!promise) {
    const file = files[`../../../../../libs/i18n/catalogues/${key}.json`];
    promise = (file ? file() : Promise.resolve({})).then((messages) => addCatalogue(language, namespace, messages));
    pending.set(key, promise);
  }
  return promise;
}

export function loadCatalogues(language: Language, namespaces: readonly Namespace[]): Promise<void> {
  return Promise.all(namespaces.map((ns) => loadCatalogue(language, ns))).then(() => undefined);
}

/** The namespaces loaded in some language, for a switch to load the same ones in the next. */
export function loadedNamespaces(): Namespace[] {
  return [...new Set([...loaded].map((key) => key.split('/')[1] as Namespace))];
}
