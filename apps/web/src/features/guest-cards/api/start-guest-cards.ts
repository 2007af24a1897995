import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateGuestCardsInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const startGuestCards = (registryId: string, body: CreateGuestCardsInput) =>
  unwrap(api.POST('/api/registries/{registryId}/guest-cards', { params: { path: { registryId } }, body }));

/** Starts a render (202); the list then polls until the worker has drawn it. */
export function useStartGuestCards(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGuestCardsInput) => startGuestCards(registryId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.guestCards(registryId) }),
  });
}
