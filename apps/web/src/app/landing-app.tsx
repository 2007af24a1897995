import { SiteFrame } from '@/components/site-frame';
import { Component as Landing } from './routes/landing';

/** The landing page on its own: React and the page, without the router, the query cache or the API client. */
export function LandingApp() {
  return (
    <SiteFrame>
      <Landing />
    </SiteFrame>
  );
}
