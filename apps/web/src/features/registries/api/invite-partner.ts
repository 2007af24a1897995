import { useMutation } from '@tanstack/react-query';
import { unwrap, type PartnerInvitationInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** Invites the partner by e-mail (`resend` to invite an address again within the week); the answer carries the accept link (shown once, also e-mailed). */
export const invitePartner = (registryId: string, body: PartnerInvitationInput) =>
  unwrap(api.POST('/api/registries/{registryId}/partner-invitations', { params: { path: { registryId } }, body }));

export const useInvitePartner = (registryId: string) => useMutation({ mutationFn: (body: PartnerInvitationInput) => invitePartner(registryId, body) });
