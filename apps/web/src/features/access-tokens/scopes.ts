import type { AccessToken } from '@whispergifts/api-client';
import type { Translate } from '@/lib/i18n';

export type TokenScope = AccessToken['scope'];

/** What a token may do, in the couple's words: `read` is GET only, `write` changes too. */
export const SCOPES: readonly TokenScope[] = ['read', 'write'];

export const scopeLabel = (scope: TokenScope, t: Translate) => t('dashboard:tokens.scope', { scope });
