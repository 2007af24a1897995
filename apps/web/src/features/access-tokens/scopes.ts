import type { AccessToken } from '@whispergifts/api-client';

export type TokenScope = AccessToken['scope'];

/** What a token may do, in the couple's words: `read` is GET only, `write` changes too. */
export const SCOPE_CHOICES: { scope: TokenScope; label: string }[] = [
  { scope: 'read', label: 'Read only' },
  { scope: 'write', label: 'Read and change' },
];

export const scopeLabel = (scope: TokenScope) => SCOPE_CHOICES.find((choice) => choice.scope === scope)?.label ?? scope;
