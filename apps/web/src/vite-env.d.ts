/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the API when it is not the page's own (it normally is: `/api` is proxied). */
  readonly VITE_API_BASE_URL?: string;
  /** Comma-separated host names of WhisperGifts itself; any other host is treated as a couple's custom domain. */
  readonly VITE_APP_HOSTS?: string;
  /** Sentry DSN of the web app's project; without it no error reporting code is downloaded. */
  readonly VITE_SENTRY_DSN?: string;
  readonly VITE_SENTRY_RELEASE?: string;
}
