import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { currentLanguage } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

/**
 * Adds the chosen ideas at the end of the list, all in one go (or none, e.g. past the plan's limit). The gifts come in
 * the list's language; a refusal is said in the dashboard's.
 */
export const addStarterIdeas = (registryId: string, ideaIds: string[]) =>
  unwrap(
    api.POST('/api/registries/{registryId}/items/starter-ideas', {
      params: { path: { registryId } },
      headers: { 'accept-language': currentLanguage() },
      body: { ideaIds },
    }),
  );

export function useAddStarterIdeas(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ideaIds: string[]) => addStarterIdeas(registryId, ideaIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) }),
  });
}
