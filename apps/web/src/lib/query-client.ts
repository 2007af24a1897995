import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@whispergifts/api-client';

/** Retrying a 4xx answer cannot change it; network errors and 5xx get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data is "stale" at once, so a focused tab asks again; the browser revalidates with the ETag and a 304
        // costs the API no SQL, so freshness is cheap.
        staleTime: 0,
        refetchOnWindowFocus: true,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}
