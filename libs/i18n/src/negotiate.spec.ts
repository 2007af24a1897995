import { negotiateLanguage, negotiateLanguageOrDefault } from './negotiate';

describe('negotiateLanguage', () => {
  it('takes the most wanted of our languages, by weight and then by order, ignoring regions', () => {
    expect(negotiateLanguage('de-CH, de;q=0.9, en;q=0.5')).toBe('de');
    expect(negotiateLanguage('ja, pt-BR;q=0.8, fr;q=0.9')).toBe('fr');
    expect(negotiateLanguage('nl;q=0.5, it;q=0.5')).toBe('nl');
    expect(negotiateLanguage(['ar-EG', 'en-US'])).toBe('ar');
  });

  it('drops what it cannot read or what is refused, and falls back to English only when asked', () => {
    expect(negotiateLanguage('fr;q=0, *;q=0.5, x-klingon, es;q=abc')).toBe('es');
    expect(negotiateLanguage('ja, zh-Hant')).toBeUndefined();
    expect(negotiateLanguage(undefined)).toBeUndefined();
    expect(negotiateLanguageOrDefault('ja')).toBe('en');
  });
});
