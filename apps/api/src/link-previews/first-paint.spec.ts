import { firstPaintMarkup, withAppAfterFirstPaint, withLanguage, withTheme } from './first-paint';

describe('the first paint in the list’s language', () => {
  it('puts the registry’s language and direction on <html>, for the browser and for the app', () => {
    const shell = '<!doctype html>\n<html lang="en">\n  <head></head><body><div id="root"></div></body></html>';
    expect(withLanguage(shell, 'de')).toContain('<html lang="de" dir="ltr" data-registry-language="de">');
    expect(withLanguage(shell, 'ar')).toContain('<html lang="ar" dir="rtl" data-registry-language="ar">');
  });

  it('puts the list’s theme on <html>, as the app does, so the page wears its colours from the first paint', () => {
    const shell = '<!doctype html>\n<html lang="en">\n  <head></head><body></body></html>';
    expect(withTheme(withLanguage(shell, 'de'), 'midnight')).toContain('<html data-theme="midnight" lang="de" dir="ltr" data-registry-language="de">');
    expect(withTheme(shell, '"><script>')).toContain('<html data-theme="&quot;&gt;&lt;script&gt;" lang="en">');
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

describe('the app after the first paint', () => {
  // What the web app's build writes (apps/web/vite.config.ts, guestRoutePreloads).
  const shell = [
    '<html><head>',
    '    <script type="module" crossorigin src="/assets/index-Ab1.js"></script>',
    '    <!-- wg-guest-boot: /assets/first-paint-boot-Cd2.js -->',
    '  <!-- wg-guest-modules: /assets/app-Ef3.js /assets/gift-list-Gh4.js -->',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');

  it('puts the boot module in the entry’s place, naming the entry, the modules and the list to fetch after the paint', () => {
    const page = withAppAfterFirstPaint(shell, 'ana-ben', true);
    expect(page).toContain(
      '<script type="module" crossorigin src="/assets/first-paint-boot-Cd2.js" data-entry="/assets/index-Ab1.js" data-modules="/assets/app-Ef3.js /assets/gift-list-Gh4.js" data-list="/api/public/registries/ana-ben"></script>',
    );
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('wg-guest-');
  });

  it('does not fetch a password list’s document ahead (it answers 401 until unlocked)', () => {
    expect(withAppAfterFirstPaint(shell, 'ana-ben', false)).not.toContain('data-list');
  });

  it('keeps the entry as it is in a shell built without the boot, and names nothing it did not build', () => {
    const old = shell.replace(/ *<!-- wg-guest-boot: .* -->\n/, '').replace('/assets/gift-list-Gh4.js', 'https://elsewhere.example/x.js');
    const page = withAppAfterFirstPaint(old, 'ana-ben', true);
    expect(page).toContain('<script type="module" crossorigin src="/assets/index-Ab1.js"></script>');
    expect(page).not.toContain('wg-guest-');
    expect(withAppAfterFirstPaint(shell.replace('/assets/gift-list-Gh4.js', 'https://elsewhere.example/x.js'), 'ana-ben', true)).toContain(
      'data-modules="/assets/app-Ef3.js"',
    );
  });
});
