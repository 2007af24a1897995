import type { Theme } from '../registries/registry.entity';

/**
 * Each theme's colours outside the browser: e-mails, the link preview image and printed guest cards use these,
 * the guest page uses the same values as CSS custom properties (apps/web/src/styles.css); keep the two in step.
 * `dark` is the variant shown when the reader's device prefers a dark scheme.
 */
export interface ThemePalette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  accent: string;
  /** Text on an accent-coloured button. */
  accentText: string;
  border: string;
}

export interface ThemeStyle {
  light: ThemePalette;
  dark: ThemePalette;
  /** CSS font stacks; e-mail clients fall back along them. */
  headingFont: string;
  bodyFont: string;
}

const SERIF = "Georgia, 'Times New Roman', serif";
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

const DARK_BASE = { background: '#161a2b', surface: '#20263b', text: '#f1f1f6', muted: '#c2c5d6', border: '#3a4260' };

export const THEME_STYLES: Record<Theme, ThemeStyle> = {
  classic: {
    light: { background: '#fbf8f5', surface: '#ffffff', text: '#2b2024', muted: '#5f5257', accent: '#7a3b52', accentText: '#ffffff', border: '#d9cfd2' },
    dark: { ...DARK_BASE, accent: '#e8a9bf', accentText: '#161a2b' },
    headingFont: SERIF,
    bodyFont: SANS,
  },
  garden: {
    light: { background: '#f4f8f1', surface: '#ffffff', text: '#2b2024', muted: '#4e5e50', accent: '#2f6b3a', accentText: '#ffffff', border: '#cbdccc' },
    dark: { ...DARK_BASE, accent: '#9fd4a8', accentText: '#161a2b' },
    headingFont: SERIF,
    bodyFont: SANS,
  },
  modern: {
    light: { background: '#f6f6f6', surface: '#ffffff', text: '#2b2024', muted: '#5f5257', accent: '#1d1d1f', accentText: '#ffffff', border: '#d4d4d8' },
    dark: { ...DARK_BASE, accent: '#f1f1f6', accentText: '#161a2b' },
    headingFont: SANS,
    bodyFont: SANS,
  },
  midnight: {
    light: { ...DARK_BASE, accent: '#e7c36b', accentText: '#161a2b' },
    dark: { ...DARK_BASE, accent: '#e7c36b', accentText: '#161a2b' },
    headingFont: SERIF,
    bodyFont: SANS,
  },
};

export const themeStyle = (theme: Theme): ThemeStyle => THEME_STYLES[theme] ?? THEME_STYLES.classic;
