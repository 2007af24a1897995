import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateTrackerEntryInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { invalidateTracker } from './invalidate';

export interface UpdateTrackerEntryVariables {
  entryId: string;
  change: UpdateTrackerEntryInput;
  /** The tracker's ETag as the couple last read it. */
  etag: string;
}

export const updateTrackerEntry = (registryId: string, { entryId, change, etag }: UpdateTrackerEntryVariables) =>
  unwrap(
    api.PATCH('/api/registries/{registryId}/tracker/{entryId}', {
      params: { path: { registryId, entryId } },
      body: change,
      headers: { 'If-Match': etag },
    }),
  );

/** Marks one gift received or thanked (or takes the mark back); the server records when. */
export function useUpdateTrackerEntry(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateTrackerEntryVariables) => updateTrackerEntry(registryId, variables),
    onSettled: () => invalidateTracker(queryClient, registryId),
  });
}
