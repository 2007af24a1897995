import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileUpload, unwrap, type Registry } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const uploadHeaderImage = (registryId: string, file: Blob) =>
  unwrap(api.PUT('/api/registries/{registryId}/header-image', { params: { path: { registryId } }, body: fileUpload(file) }));

export const removeHeaderImage = (registryId: string) => unwrap(api.DELETE('/api/registries/{registryId}/header-image', { params: { path: { registryId } } }));

/** Upload (a file) or remove (null) the header image; the answer is the registry with its new image and etag. */
export function useHeaderImage(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob | null) => (file ? uploadHeaderImage(registryId, file) : removeHeaderImage(registryId)),
    onSuccess: (registry: Registry) => queryClient.setQueryData(queryKeys.registry(registryId), registry),
  });
}
