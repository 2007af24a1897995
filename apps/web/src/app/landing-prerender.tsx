import { i18n, type Messages } from '@lingui/core';
import { renderToString } from 'react-dom/server';
import { addCatalogue } from '@/lib/i18n/catalogues';
import { LandingApp } from './landing-app';

// Prerendered in English, the default (main.tsx renders afresh for another language): its catalogues are at hand.
const english = import.meta.glob<Messages>('../../../../libs/i18n/catalogues/en/{common,landing}.json', { import: 'default', eager: true });
for (const [path, messages] of Object.entries(english)) addCatalogue('en', path.endsWith('common.json') ? 'common' : 'landing', messages);
i18n.activate('en');

/**
 * The landing page's HTML, rendered once at build time (scripts/prerender-landing.mjs writes dist/landing.html, which
 * nginx serves at `/`): the first visit paints the whole pitch from the HTML, and main.tsx hydrates it.
 */
export const renderLanding = (): string => renderToString(<LandingApp />);
