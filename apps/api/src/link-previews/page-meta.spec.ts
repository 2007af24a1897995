import { privateListMeta, publicListMeta, renderPage } from './page-meta';

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="WhisperGifts: a wedding gift list from anywhere." />
    <title>WhisperGifts</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('renderPage', () => {
  it("puts the couple's names, date and welcome line in the title, description, Open Graph and Twitter tags", () => {
    const meta = publicListMeta(
      { title: 'Our wedding', coupleNames: 'Ana & Ben', eventDate: '2027-06-12', welcomeMessage: 'Thank you for coming!\nMore below.' },
      'https://whispergifts.com/r/ana-and-ben',
      'https://whispergifts.com/media/og-0123.png',
    );
    const page = renderPage(SHELL, meta);
    expect(page).toContain('<title>Ana &amp; Ben · WhisperGifts</title>');
    expect(page).toContain('<meta property="og:description" content="Wedding gift list · 12 June 2027. Thank you for coming!" />');
    expect(page).toContain('<meta property="og:image" content="https://whispergifts.com/media/og-0123.png" />');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(page).toContain('<link rel="canonical" href="https://whispergifts.com/r/ana-and-ben" />');
    expect(page).not.toContain('noindex');
    // One description (the shell's is replaced), and the app's script is kept.
    expect(page.match(/name="description"/g)).toHaveLength(1);
    expect(page).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
  });

  it('escapes what the couple typed, so names cannot add markup', () => {
    const meta = publicListMeta(
      { title: 't', coupleNames: '"><script>alert(1)</script>', eventDate: null, welcomeMessage: '$& $1 </head>' },
      'https://x/r/a',
      'https://x/i.png',
    );
    const page = renderPage(SHELL, meta);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
    expect(page.match(/<\/head>/g)).toHaveLength(1);
    expect(page).toContain('$&amp; $1 &lt;/head&gt;');
  });

  it('keeps unlisted and password lists generic and out of search engines', () => {
    const page = renderPage(SHELL, privateListMeta('https://x/r/secret', 'https://x/og-image.png'));
    expect(page).toContain('<meta name="robots" content="noindex" />');
    expect(page).toContain('<title>A wedding gift list · WhisperGifts</title>');
    expect(page).toContain('content="https://x/og-image.png"');
  });
});
