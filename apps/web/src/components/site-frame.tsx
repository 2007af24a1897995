import type { ReactNode } from 'react';

/**
 * The frame of every page: a skip link, the brand, the page, and a footer with the privacy, terms and contact pages and the API docs. Plain links, no router: the landing page renders
 * it without React Router (see main.tsx), and going "home" is a full load of the lightest page there is.
 */
export function SiteFrame({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a href="/" className="brand">
          WhisperGifts
        </a>
        {nav}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <nav aria-label="About WhisperGifts">
          <ul>
            <li>
              <a href="/privacy">Privacy: what we keep, and for how long</a>
            </li>
            <li>
              <a href="/terms">Terms</a>
            </li>
            <li>
              <a href="/contact">Contact</a>
            </li>
            <li>
              <a href="/api/docs">API for developers</a>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
