import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { invalidateTracker } from './invalidate';

/** The API takes at most this many entries in one bulk mark. */
export const MAX_BULK_THANKED = 500;

export interface MarkThankedVariables {
  entryIds: string[];
  note?: string;
}

export const markThanked = (registryId: string, { entryIds, note }: MarkThankedVariables) =>
  unwrap(api.POST('/api/registries/{registryId}/tracker/thanked', { params: { path: { registryId } }, body: { entryIds, note: note || undefined } }));

/** "Mark thanked" for every selected gift at once, with one note ("card sent") for all of them. */
export function useMarkThanked(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MarkThankedVariables) => markThanked(registryId, variables),
    onSettled: () => invalidateTracker(queryClient, registryId),
  });
}
