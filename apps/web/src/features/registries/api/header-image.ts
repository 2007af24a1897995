import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type Registry } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { uploadFile, useUploadProgress, type UploadOptions } from '@/lib/upload';

export const uploadHeaderImage = (registryId: string, file: Blob, options?: UploadOptions) =>
  uploadFile('/api/registries/{registryId}/header-image', { registryId }, file, options);

export const removeHeaderImage = (registryId: string) => unwrap(api.DELETE('/api/registries/{registryId}/header-image', { params: { path: { registryId } } }));

/**
 * Upload (a file) or remove (null) the header image; the answer is the registry with its new image and etag.
 * `progress` is the fraction of the file sent (null before the first bytes are counted).
 */
export function useHeaderImage(registryId: string) {
  const queryClient = useQueryClient();
  const upload = useUploadProgress();
  const mutation = useMutation({
    mutationFn: (file: Blob | null) => (file ? uploadHeaderImage(registryId, file, upload.start()) : removeHeaderImage(registryId)),
    onSuccess: (registry: Registry) => queryClient.setQueryData(queryKeys.registry(registryId), registry),
  });
  // Only while a file goes up: a removal has no bytes to count.
  return { ...mutation, progress: mutation.isPending && mutation.variables ? upload.progress : null };
}
