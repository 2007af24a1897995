import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileUpload, unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { currentLanguage } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

/**
 * Sends a spreadsheet to the import: `dryRun` (the default) answers the preview and writes nothing; `dryRun: false`
 * adds every row in one go, or none (422 `import-has-errors`).
 */
export const importItems = (registryId: string, file: File, dryRun: boolean) =>
  unwrap(
    api.POST('/api/registries/{registryId}/items/import', {
      params: { path: { registryId }, query: { dryRun } },
      // Each row's problems are written in the language asked for: the dashboard's.
      headers: { 'accept-language': currentLanguage() },
      body: fileUpload(file),
    }),
  );

/** The preview of a chosen file; nothing is written. */
export const usePreviewImport = (registryId: string) => useMutation({ mutationFn: (file: File) => importItems(registryId, file, true) });

/** Adds the file's gifts; the list is read again after. */
export function useCommitImport(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importItems(registryId, file, false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) }),
  });
}
