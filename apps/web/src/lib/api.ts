import { createApiClient } from '@whispergifts/api-client';
import { appConfig } from '@/config/app';

/**
 * The one API client of the app. Features call it inside their queryOptions and mutations.
 * The base is the page's own origin (absolute, because a Request needs an absolute URL outside browsers too).
 */
export const api = createApiClient({ baseUrl: appConfig.apiBaseUrl || window.location.origin });
