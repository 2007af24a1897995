import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type ShareInvitationsInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** E-mails the gift list link, with the couple's message, to guests. */
export const sendShareInvitations = (registryId: string, body: ShareInvitationsInput) =>
  unwrap(api.POST('/api/registries/{registryId}/invitations', { params: { path: { registryId } }, body }));

export const useSendShareInvitations = (registryId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareInvitationsInput) => sendShareInvitations(registryId, body),
    // The record of whom it went to.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.shareInvitations(registryId) }),
  });
};
