import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/**
 * The thank-you list as the API writes it: the tracker's CSV (every reservation and pledge with its stage, dates in
 * the registry's time zone, formulas defused in one place on the server), so the browser keeps no second CSV writer.
 */
export const getThankYouList = (registryId: string) =>
  unwrap(api.GET('/api/registries/{registryId}/tracker.csv', { params: { path: { registryId } }, parseAs: 'blob' }));
