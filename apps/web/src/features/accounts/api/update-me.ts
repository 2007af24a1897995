import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import type { Language } from '@whispergifts/i18n';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Changes the account's own settings (today its language: the dashboard's and this account's e-mails'). */
export const updateMe = (body: { language: Language }) => unwrap(api.PATCH('/api/me', { body }));

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMe, onSuccess: (user) => queryClient.setQueryData(queryKeys.me(), user) });
}
