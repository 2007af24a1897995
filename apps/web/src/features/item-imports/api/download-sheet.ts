import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { downloadBlob } from '@/lib/download';

export type SheetDownload = 'export' | 'template-csv' | 'template-xlsx';

/** The gifts as CSV in the import's format, or the import template, written by the API. */
export function getSheet(registryId: string, which: SheetDownload): Promise<Blob> {
  const params = { path: { registryId } };
  if (which === 'export') return unwrap(api.GET('/api/registries/{registryId}/items/export.csv', { params, parseAs: 'blob' }));
  if (which === 'template-csv') return unwrap(api.GET('/api/registries/{registryId}/items/import-template.csv', { params, parseAs: 'blob' }));
  return unwrap(api.GET('/api/registries/{registryId}/items/import-template.xlsx', { params, parseAs: 'blob' }));
}

const FILE_NAMES: Record<SheetDownload, (slug: string) => string> = {
  export: (slug) => `${slug}-gifts.csv`,
  'template-csv': () => 'whispergifts-gifts-template.csv',
  'template-xlsx': () => 'whispergifts-gifts-template.xlsx',
};

/** Fetches the file, then hands it to the browser to save: a failed request shows an error instead of saving one. */
export function useDownloadSheet(registryId: string, slug: string) {
  return useMutation({ mutationFn: async (which: SheetDownload) => downloadBlob(FILE_NAMES[which](slug), await getSheet(registryId, which)) });
}
