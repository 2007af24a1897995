import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/query-client';

/**
 * Everything the app needs around the router. Tests pass their own QueryClient. A page whose catalogue is still
 * downloading suspends (lib/i18n/use-t.ts): on a first load the server's first paint or nothing shows meanwhile;
 * navigations are transitions, which keep the previous page until the next one is ready.
 */
export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <Suspense fallback={null}>{children}</Suspense>
      </QueryClientProvider>
    </I18nProvider>
  );
}
