/** Build-time settings. The API is always same-origin (`/api`), proxied by Vite in development and nginx in production. */
export const appConfig = {
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  name: 'WhisperGifts',
} as const;
