/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the API when it is not the page's own (it normally is: `/api` is proxied). */
  readonly VITE_API_BASE_URL?: string;
  /** Comma-separated host names of WhisperGifts itself; any other host is treated as a couple's custom domain. */
  readonly VITE_APP_HOSTS?: string;
}
