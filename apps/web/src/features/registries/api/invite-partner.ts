import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** Invites the partner by e-mail; the answer carries the accept link (shown once, also e-mailed). */
export const invitePartner = (registryId: string, email: string) =>
  unwrap(api.POST('/api/registries/{registryId}/partner-invitations', { params: { path: { registryId } }, body: { email } }));

export const useInvitePartner = (registryId: string) => useMutation({ mutationFn: (email: string) => invitePartner(registryId, email) });
