import { createApiClient } from '@whispergifts/api-client';
import { appConfig } from '@/config/app';

/** The API's origin: the page's own (absolute, because a Request needs an absolute URL outside browsers too). */
export const apiBaseUrl = appConfig.apiBaseUrl || window.location.origin;

/** The one API client of the app. Features call it inside their queryOptions and mutations. */
export const api = createApiClient({ baseUrl: apiBaseUrl });
