import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateAdminUserInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const updateAdminUser = (userId: string, body: UpdateAdminUserInput) =>
  unwrap(api.PATCH('/api/admin/users/{userId}', { params: { path: { userId } }, body }));

/** Verify, disable or enable, make or remove an admin; the lists and the audit log refetch afterwards. */
export function useUpdateAdminUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAdminUserInput) => updateAdminUser(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin() }),
  });
}
