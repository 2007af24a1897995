import { describe, expect, it } from 'vitest';
import { suggestSlug, suggestTitle } from './suggest';

describe('suggestions from the couple’s names', () => {
  it('turns the names into an address the API accepts', () => {
    expect(suggestSlug('Ana & Ben')).toBe('ana-and-ben');
    expect(suggestSlug('  Chloé + Dev! ')).toBe('chloe-and-dev');
    expect(suggestSlug('Zoë & José-María')).toBe('zoe-and-jose-maria');
    expect(suggestSlug('x'.repeat(70))).toHaveLength(60);
    expect(suggestSlug('&')).toBe('and');
  });

  it('suggests a title', () => {
    expect(suggestTitle('Ana & Ben')).toBe('Ana & Ben are getting married');
    expect(suggestTitle('  ')).toBe('');
  });
});
