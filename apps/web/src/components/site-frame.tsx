import { useT } from '@/lib/i18n';
import type { ReactNode } from 'react';
import { LanguagePicker } from './language-picker';

/**
 * The frame of every page: a skip link, the brand, the page, and a footer with the privacy, terms and contact pages and the API docs. Plain links, no router: the landing page renders
 * it without React Router (see main.tsx), and going "home" is a full load of the lightest page there is.
 */
interface SiteFrameProps {
  children: ReactNode;
  nav?: ReactNode;
  /**
   * Where the brand leads: the landing page, or on a guest's gift list the list itself (a guest who taps the logo
   * wants the couple's list back, not our marketing page), with a name that says so.
   */
  home?: { href: string; label: string };
}

export function SiteFrame({ children, nav, home }: SiteFrameProps) {
  const t = useT('common');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:frame.skip')}
      </a>
      <header className="site-header">
        <a href={home?.href ?? '/'} className="brand" aria-label={home?.label}>
          WhisperGifts
        </a>
        {nav}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <nav aria-label={t('common:frame.about')}>
          <ul>
            <li>
              <a href="/privacy">{t('common:frame.privacy')}</a>
            </li>
            <li>
              <a href="/terms">{t('common:frame.terms')}</a>
            </li>
            <li>
              <a href="/contact">{t('common:frame.contact')}</a>
            </li>
            <li>
              <a href="/api/docs">{t('common:frame.api')}</a>
            </li>
          </ul>
        </nav>
        <LanguagePicker />
      </footer>
    </>
  );
}
