import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import type { Translate } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

/** What a partner's invitation link is for, readable before signing in: the list, who invited them, the address to use. */
export const getPartnerInvitation = (token: string) => unwrap(api.GET('/api/public/partner-invitations/{token}', { params: { path: { token } } }));

export const partnerInvitationQueryOptions = (token: string) =>
  queryOptions({ queryKey: queryKeys.partnerInvitation(token), queryFn: () => getPartnerInvitation(token), staleTime: Infinity });

/** `token` null: not an invitation (the hook then asks for nothing). */
export const usePartnerInvitation = (token: string | null) => useQuery({ ...partnerInvitationQueryOptions(token ?? ''), enabled: Boolean(token) });

/** The token of an invitation link the sign-up or log-in page will return to (`?next=/invitations/…`), else null. */
export function invitationTokenIn(next: string): string | null {
  const token = /^\/invitations\/([^/?#]+)$/.exec(next)?.[1];
  try {
    return token ? decodeURIComponent(token) : null;
  } catch {
    return null;
  }
}

/** "Ben invited you to co-own Ana & Ben’s gift list" */
export const invitationHeadline = (invitation: { invitedBy: string; coupleNames: string }, t: Translate) =>
  t('dashboard:invitation.headline', { invitedBy: invitation.invitedBy, coupleNames: invitation.coupleNames });
