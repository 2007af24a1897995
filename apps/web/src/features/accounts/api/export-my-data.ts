import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { downloadBlob } from '@/lib/download';

/**
 * Fetches the ZIP of everything the account holds (GET /api/me/export, streamed by the API) and hands it to the
 * browser as a download. Through fetch rather than a plain link, so a refusal (429: a few exports an hour) is said
 * on the page instead of opening a tab of JSON.
 */
export async function exportMyData(): Promise<void> {
  const zip = await unwrap(api.GET('/api/me/export', { parseAs: 'blob' }));
  downloadBlob(`whispergifts-export-${new Date().toISOString().slice(0, 10)}.zip`, zip as Blob);
}

export const useExportMyData = () => useMutation({ mutationFn: exportMyData });
