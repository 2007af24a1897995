import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { downloadBlob } from '@/lib/download';

export type TrackerFormat = 'csv' | 'xlsx';

/** The whole tracker as a file, written by the API (dates in the registry's time zone, formulas defused there). */
export function getTrackerFile(registryId: string, format: TrackerFormat): Promise<Blob> {
  const params = { path: { registryId } };
  return format === 'csv'
    ? unwrap(api.GET('/api/registries/{registryId}/tracker.csv', { params, parseAs: 'blob' }))
    : unwrap(api.GET('/api/registries/{registryId}/tracker.xlsx', { params, parseAs: 'blob' }));
}

/** Fetches the file, then hands it to the browser to save: a failed request shows an error instead of saving one. */
export function useDownloadTracker(registryId: string, slug: string) {
  return useMutation({
    mutationFn: async (format: TrackerFormat) => downloadBlob(`${slug}-gifts.${format}`, await getTrackerFile(registryId, format)),
  });
}
