import { useMutation } from '@tanstack/react-query';
import { unwrap, type ShareInvitationsInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** E-mails the gift list link, with the couple's message, to guests. */
export const sendShareInvitations = (registryId: string, body: ShareInvitationsInput) =>
  unwrap(api.POST('/api/registries/{registryId}/invitations', { params: { path: { registryId } }, body }));

export const useSendShareInvitations = (registryId: string) =>
  useMutation({ mutationFn: (body: ShareInvitationsInput) => sendShareInvitations(registryId, body) });
