import type { Registry } from '@whispergifts/api-client';

export type ThemeId = Registry['theme'];

/** The themes in the API's order (THEMES): the Free plan may use the first FREE_PLAN_THEMES (plans.ts `limits.themes`). */
export const THEME_CHOICES: { id: ThemeId; name: string; description: string }[] = [
  { id: 'classic', name: 'Classic', description: 'Plum and ivory, Playfair Display titles, a hairline ornament.' },
  { id: 'garden', name: 'Garden', description: 'Sage green, Lora titles, a soft leafy header and rounded cards.' },
  { id: 'modern', name: 'Modern', description: 'Ink and violet, DM Sans titles, left-aligned with square cards.' },
  { id: 'midnight', name: 'Midnight', description: 'Night blue and gold, Cormorant Garamond titles on a dark band.' },
  { id: 'terracotta', name: 'Terracotta', description: 'Warm clay, DM Serif Display titles, an arched header photo.' },
  { id: 'coastal', name: 'Coastal', description: 'Sea blue, Josefin Sans capitals between double rules.' },
];

// Every theme of the API has a choice: a new one stops this compiling until it is described here.
const _everyTheme: Record<ThemeId, true> = { classic: true, garden: true, modern: true, midnight: true, terracotta: true, coastal: true };
void _everyTheme;

export const FREE_PLAN_THEMES = 2;

/** Whether a registry on `plan` may switch to the theme: the paid plans have every theme; any other plan counts as Free, as in the API. */
export const themeOnPlan = (plan: string, theme: ThemeId): boolean =>
  plan === 'standard' || plan === 'premium' || THEME_CHOICES.findIndex((choice) => choice.id === theme) < FREE_PLAN_THEMES;
