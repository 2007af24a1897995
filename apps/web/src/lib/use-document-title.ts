import { useEffect } from 'react';
import { appConfig } from '@/config/app';

/** Sets the tab title; screen readers announce it on navigation, so every page gets its own. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${appConfig.name}` : appConfig.name;
  }, [title]);
}
