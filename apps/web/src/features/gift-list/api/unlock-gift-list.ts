import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Sends the couple's password; the session cookie then opens the list for this browser. */
export const unlockGiftList = (slug: string, password: string) =>
  unwrap(api.POST('/api/public/registries/{slug}/unlock', { params: { path: { slug } }, body: { password } }));

export function useUnlockGiftList(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => unlockGiftList(slug, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.giftList(slug) }),
  });
}
