import { describe, expect, it } from 'vitest';
import { sharedLink } from './bookmarklet';

describe('sharedLink', () => {
  it('takes the shared url, or the first address in the text when an app sends only text', () => {
    expect(sharedLink(new URLSearchParams({ url: 'https://shop.example/p/1' }))).toBe('https://shop.example/p/1');
    expect(sharedLink(new URLSearchParams({ text: 'Look at this! https://shop.example/p/2 so nice', title: 'Toaster' }))).toBe('https://shop.example/p/2');
  });

  it('ignores anything that is not an http(s) address', () => {
    expect(sharedLink(new URLSearchParams({ url: 'javascript:alert(1)', text: 'no link here' }))).toBeNull();
  });
});
