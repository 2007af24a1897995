import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiProblem, unwrap, type PartnerInvitationInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Invites the partner by e-mail (`resend` to invite an address again within the week); the answer carries the accept link (shown once, also e-mailed). */
export const invitePartner = (registryId: string, body: PartnerInvitationInput) =>
  unwrap(api.POST('/api/registries/{registryId}/partner-invitations', { params: { path: { registryId } }, body }));

export function useInvitePartner(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerInvitationInput) => invitePartner(registryId, body),
    // The partner joined since this page loaded: fetch the owners again, which lists them and hides the invite form.
    onError: (error) => {
      if (isApiProblem(error, 'owner-limit')) void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId), exact: true });
    },
  });
}
