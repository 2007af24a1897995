import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEMES } from '../registries/registry.entity';
import { THEME_STYLES, type ThemePalette } from './theme-palettes';

const CSS = readFileSync(join(__dirname, '../../../web/src/styles/themes.css'), 'utf8');
const PROPERTIES: Record<keyof ThemePalette, string> = {
  background: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  accent: '--accent',
  accentText: '--accent-text',
  border: '--border',
};

/** The declarations of the palette block whose selector list names the theme, from the web app's stylesheet. */
function cssBlock(theme: string): string {
  const block = new RegExp(`\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(CSS);
  if (!block) throw new Error(`themes.css has no block for [data-theme='${theme}']`);
  return block[1];
}

function cssPalettes(theme: string): { light: ThemePalette; dark: ThemePalette; headingFont: string | undefined } {
  const body = cssBlock(theme);
  const light = {} as ThemePalette;
  const dark = {} as ThemePalette;
  for (const [key, property] of Object.entries(PROPERTIES) as [keyof ThemePalette, string][]) {
    const value = new RegExp(`${property}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\);`).exec(body);
    if (!value) throw new Error(`[data-theme='${theme}'] has no ${property}: light-dark(…, …)`);
    [light[key], dark[key]] = [value[1], value[2]];
  }
  return { light, dark, headingFont: /--font-heading:\s*([^;]+);/.exec(body)?.[1] };
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

describe('THEME_STYLES', () => {
  it('has every theme, at least five, the Free plan’s two first', () => {
    expect(Object.keys(THEME_STYLES).sort()).toEqual([...THEMES].sort());
    expect(THEMES.length).toBeGreaterThanOrEqual(5);
    expect(THEMES.slice(0, 2)).toEqual(['classic', 'garden']);
  });

  it.each(THEMES)('%s: the web app’s stylesheet has the same colours and heading font, light and dark', (theme) => {
    const css = cssPalettes(theme);
    expect(css.light).toEqual(THEME_STYLES[theme].light);
    expect(css.dark).toEqual(THEME_STYLES[theme].dark);
    expect(css.headingFont).toBe(THEME_STYLES[theme].headingFont);
  });

  it.each(THEMES.flatMap((theme) => (['light', 'dark'] as const).map((scheme) => [theme, scheme] as const)))(
    '%s, %s: text keeps WCAG AA contrast (4.5:1) on the page and on cards',
    (theme, scheme) => {
      const p = THEME_STYLES[theme][scheme];
      for (const ground of [p.background, p.surface]) {
        expect(contrast(p.text, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.muted, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.accent, ground)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(p.accentText, p.accent)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
