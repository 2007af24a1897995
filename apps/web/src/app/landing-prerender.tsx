import { renderToString } from 'react-dom/server';
import { LandingApp } from './landing-app';

/**
 * The landing page's HTML, rendered once at build time (scripts/prerender-landing.mjs writes dist/landing.html, which
 * nginx serves at `/`): the first visit paints the whole pitch from the HTML, and main.tsx hydrates it.
 */
export const renderLanding = (): string => renderToString(<LandingApp />);
