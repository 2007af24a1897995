import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { SiteFrame } from '@/components/site-frame';
import { Component as Landing } from './routes/landing';

/** The landing page on its own: React and the page, without the router, the query cache or the API client. */
export function LandingApp() {
  return (
    <I18nProvider i18n={i18n}>
      <SiteFrame>
        <Landing />
      </SiteFrame>
    </I18nProvider>
  );
}
