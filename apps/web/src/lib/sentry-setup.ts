import * as Sentry from '@sentry/react';
import { apiBaseUrl } from './api';

/** Loaded only when error reporting is configured (see error-reporting.ts). */
export function initSentry(dsn: string): void {
  Sentry.init({
    dsn,
    // Through our own origin (POST /api/errors, a tunnel): the CSP keeps `connect-src 'self'`.
    tunnel: `${apiBaseUrl}/api/errors`,
    release: import.meta.env.VITE_SENTRY_RELEASE,
    environment: import.meta.env.MODE,
    // The tunnel reads envelopes by their own media type (it accepts no text/plain, which HTML forms can post).
    transportOptions: { headers: { 'content-type': 'application/x-sentry-envelope' } },
    // Guests type names and addresses into forms; none of it, nor cookies or query strings, is sent.
    dataCollection: { userInfo: false, cookies: false, httpHeaders: false, httpBodies: [], urlQueryParams: false, stackFrameVariables: false },
  });
}

export const captureException = (error: unknown) => Sentry.captureException(error);
