import { describe, expect, it } from 'vitest';
import { inSentence } from './gift-names';

describe('inSentence', () => {
  it('lower-cases a leading article before a common word', () => {
    expect(inSentence('A toaster that cooks crumpets')).toBe('a toaster that cooks crumpets');
    expect(inSentence('An espresso machine')).toBe('an espresso machine');
    expect(inSentence('The big pan')).toBe('the big pan');
  });

  it('keeps names that start with a name, and titles', () => {
    expect(inSentence('Dinner plates')).toBe('Dinner plates');
    expect(inSentence('Le Creuset pot')).toBe('Le Creuset pot');
    expect(inSentence('A Perfect Day (the record)')).toBe('A Perfect Day (the record)');
    expect(inSentence('Another set')).toBe('Another set');
  });
});
