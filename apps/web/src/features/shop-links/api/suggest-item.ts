import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

export const suggestItem = (registryId: string, url: string) =>
  unwrap(api.POST('/api/registries/{registryId}/items/from-url', { params: { path: { registryId } }, body: { url } })).then((r) => r.suggestion);

/** Reads a shop's product page into a suggestion for the add-gift form; nothing is saved. */
export function useSuggestItem(registryId: string) {
  return useMutation({ mutationFn: (url: string) => suggestItem(registryId, url) });
}
