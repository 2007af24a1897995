import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import type { Catalogue } from './namespaces';

/**
 * A catalogue file (ICU MessageFormat strings) in Lingui's compiled form, keyed `namespace:key` as code names them.
 * Compiled at build time for the browser (the web app's Vite plugin), so no ICU parser is downloaded, and once at
 * start on the server. Throws on a message that is not valid ICU.
 */
export function compileCatalogue(namespace: string, catalogue: Catalogue): Record<string, CompiledMessage> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [`${namespace}:${key}`, compileMessageOrThrow(message)]));
}
