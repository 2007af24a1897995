import type { Theme } from '../registries/registry.entity';

/**
 * Each theme's colours and fonts outside the browser: e-mails, the link preview image and printed guest cards use
 * these. The web app uses the same values as CSS custom properties (apps/web/src/styles/themes.css, each
 * `--name: light-dark(light, dark)`); theme-palettes.spec.ts fails when the two differ.
 * `dark` is the variant shown when the reader's device prefers a dark scheme. Every text colour keeps at least
 * 4.5:1 against `background` and `surface` (WCAG AA), and `accentText` against `accent`.
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
  /** What the couple sees in the theme picker. */
  name: string;
  light: ThemePalette;
  dark: ThemePalette;
  /** CSS font stacks. The first family is self-hosted by the web app; e-mail clients and images fall back along them. */
  headingFont: string;
  bodyFont: string;
}

const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const SERIF = "Georgia, 'Times New Roman', serif";

export const THEME_STYLES: Record<Theme, ThemeStyle> = {
  classic: {
    name: 'Classic',
    light: { background: '#fbf8f5', surface: '#ffffff', text: '#2b2024', muted: '#5f5257', accent: '#7a3b52', accentText: '#ffffff', border: '#d9cfd2' },
    dark: { background: '#1c1518', surface: '#271e22', text: '#f3ecee', muted: '#c9b8bf', accent: '#e8a9bf', accentText: '#1c1518', border: '#4a3a41' },
    headingFont: `'Playfair Display', ${SERIF}`,
    bodyFont: SANS,
  },
  garden: {
    name: 'Garden',
    light: { background: '#f4f8f1', surface: '#ffffff', text: '#1f2a21', muted: '#4e5e50', accent: '#2f6b3a', accentText: '#ffffff', border: '#cbdccc' },
    dark: { background: '#131b15', surface: '#1c271e', text: '#eaf2ea', muted: '#b5c7b7', accent: '#9fd4a8', accentText: '#131b15', border: '#34473a' },
    headingFont: `'Lora', ${SERIF}`,
    bodyFont: SANS,
  },
  modern: {
    name: 'Modern',
    light: { background: '#f6f6f6', surface: '#ffffff', text: '#1d1d1f', muted: '#55555c', accent: '#3b3bd4', accentText: '#ffffff', border: '#d4d4d8' },
    dark: { background: '#111113', surface: '#1c1c1f', text: '#f4f4f5', muted: '#b4b4bb', accent: '#a5a8ff', accentText: '#111113', border: '#3a3a40' },
    headingFont: `'DM Sans', ${SANS}`,
    bodyFont: SANS,
  },
  midnight: {
    name: 'Midnight',
    light: { background: '#eef0f7', surface: '#ffffff', text: '#1a1f36', muted: '#4b5170', accent: '#2a3366', accentText: '#ffffff', border: '#c9cde0' },
    dark: { background: '#161a2b', surface: '#20263b', text: '#f1f1f6', muted: '#c2c5d6', accent: '#e7c36b', accentText: '#161a2b', border: '#3a4260' },
    headingFont: `'Cormorant Garamond', ${SERIF}`,
    bodyFont: SERIF,
  },
  terracotta: {
    name: 'Terracotta',
    light: { background: '#fbf3ec', surface: '#fffaf6', text: '#2e1f18', muted: '#6a5146', accent: '#a4452c', accentText: '#ffffff', border: '#e6d2c4' },
    dark: { background: '#1e1512', surface: '#2a1e19', text: '#f6ebe4', muted: '#d0b8ab', accent: '#f0a283', accentText: '#1e1512', border: '#4d3a31' },
    headingFont: `'DM Serif Display', ${SERIF}`,
    bodyFont: SANS,
  },
  coastal: {
    name: 'Coastal',
    light: { background: '#f1f6f8', surface: '#ffffff', text: '#17303b', muted: '#48616b', accent: '#1c5d7a', accentText: '#ffffff', border: '#c6d9e0' },
    dark: { background: '#0f1b21', surface: '#17272f', text: '#e8f3f6', muted: '#a9c2cb', accent: '#8fd0e8', accentText: '#0f1b21', border: '#2f4853' },
    headingFont: `'Josefin Sans', ${SANS}`,
    bodyFont: SANS,
  },
};

export const themeStyle = (theme: Theme): ThemeStyle => THEME_STYLES[theme] ?? THEME_STYLES.classic;
