import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

export const requestGuestLink = (slug: string, email: string) =>
  unwrap(api.POST('/api/public/registries/{slug}/guest-link', { params: { path: { slug } }, body: { email } }));

/** "Find my gifts": the API answers alike for every address and e-mails the link only to one that gave something. */
export const useRequestGuestLink = (slug: string) => useMutation({ mutationFn: (email: string) => requestGuestLink(slug, email) });
