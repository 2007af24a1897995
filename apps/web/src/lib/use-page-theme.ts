import { useEffect } from 'react';

/**
 * Dresses the whole document in a registry's theme while a guest page is open: the site's header and footer, the
 * page background and dialogs, not only the list. Leaving the page gives the app its own look back.
 */
export function usePageTheme(theme: string | undefined): void {
  useEffect(() => {
    if (!theme) return;
    const root = document.documentElement;
    root.dataset.theme = theme;
    return () => {
      if (root.dataset.theme === theme) delete root.dataset.theme;
    };
  }, [theme]);
}
