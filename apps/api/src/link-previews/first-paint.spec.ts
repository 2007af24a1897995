import { firstPaintMarkup, withLanguage } from './first-paint';

describe('the first paint in the list’s language', () => {
  it('puts the registry’s language and direction on <html>, for the browser and for the app', () => {
    const shell = '<!doctype html>\n<html lang="en">\n  <head></head><body><div id="root"></div></body></html>';
    expect(withLanguage(shell, 'de')).toContain('<html lang="de" dir="ltr" data-registry-language="de">');
    expect(withLanguage(shell, 'ar')).toContain('<html lang="ar" dir="rtl" data-registry-language="ar">');
  });

  it('writes the wedding date as the list’s language does', () => {
    const list = {
      title: 'Jana & Lukas heiraten',
      coupleNames: 'Jana & Lukas',
      eventDate: '2027-06-12',
      welcomeMessage: '',
      theme: 'classic',
      headerImage: null,
    };
    expect(firstPaintMarkup({ ...list, language: 'de' })).toContain('<time datetime="2027-06-12">12. Juni 2027</time>');
    expect(firstPaintMarkup({ ...list, language: 'en' })).toContain('<time datetime="2027-06-12">12 June 2027</time>');
  });
});
