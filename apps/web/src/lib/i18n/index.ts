export { addCatalogue, loadCatalogue, loadCatalogues } from './catalogues';
export {
  chooseLanguage,
  chosenLanguage,
  currentLanguage,
  currentLocale,
  followRegistryLanguage,
  initialLanguage,
  startLanguage,
  switchLanguage,
} from './language';
export { namespacesForPath } from './route-namespaces';
export { useT, type MessageKey, type MessageValues, type Translate } from './use-t';
