import { useLingui } from '@lingui/react';
import type { Namespace } from '@whispergifts/i18n';
import { use } from 'react';
import { isLoaded, loadCatalogue } from './catalogues';
import { currentLanguage } from './language';

export type MessageKey = `${Namespace}:${string}`;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * The translate function for a component, once the namespaces it reads are loaded in the active language (it
 * suspends until then; the app's Suspense boundaries show the page's skeleton). Write keys as literals,
 * `t('guest:reserve.button')`: the catalogue test finds them so.
 */
export function useT(...namespaces: Namespace[]): Translate {
  const { i18n } = useLingui();
  const language = currentLanguage();
  // One cached promise per catalogue (React's `use` must see the same promise again).
  for (const ns of namespaces) if (!isLoaded(language, ns)) use(loadCatalogue(language, ns));
  return (key, values) => i18n._(key, values);
}
