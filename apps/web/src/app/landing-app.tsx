import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import type { Language } from '@whispergifts/i18n';
import { useEffect } from 'react';
import { SiteFrame } from '@/components/site-frame';
import { currentLanguage, switchLanguage } from '@/lib/i18n';
import { Component as Landing } from './routes/landing';

/**
 * The landing page on its own: React and the page, without the router, the query cache or the API client.
 * `thenLanguage`: the visitor's language, when the page was hydrated in the prerendered English; it switches once
 * hydrated, so the same elements change their words in place (no remount: the picture, the plans and the scroll stay).
 */
export function LandingApp({ thenLanguage }: { thenLanguage?: Language }) {
  useEffect(() => {
    if (thenLanguage && thenLanguage !== currentLanguage()) void switchLanguage(thenLanguage);
  }, [thenLanguage]);
  return (
    <I18nProvider i18n={i18n}>
      <SiteFrame>
        <Landing />
      </SiteFrame>
    </I18nProvider>
  );
}
