import { createApiClient } from '@whispergifts/api-client';
import { appConfig } from '@/config/app';
import { currentLanguage } from '@/lib/i18n/language';

/** The API's origin: the page's own (absolute, because a Request needs an absolute URL outside browsers too). */
export const apiBaseUrl = appConfig.apiBaseUrl || window.location.origin;

/**
 * The one API client of the app. Features call it inside their queryOptions and mutations. Every request asks for
 * the page's active language (`Accept-Language`), so problem details come back in the language the visitor chose
 * with the picker, not the browser's; a new account starts in it too.
 */
export const api = createApiClient({
  baseUrl: apiBaseUrl,
  fetch: (input, init) => {
    const request = new Request(input, init);
    request.headers.set('accept-language', currentLanguage());
    return globalThis.fetch(request);
  },
});
