import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** The landing page at one width: the phone picture, the steps, prices from the API, the example list and the footer. */
async function landing(context: BrowserContext, width: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' }).waitFor();
  for (const name of ['How it works', 'Funds and group gifts', 'Plans and prices']) await page.getByRole('heading', { level: 2, name }).waitFor();
  // Prices come from GET /api/plans, in the plan's currency.
  const plans = await page.evaluate(
    async () => ((await (await fetch('/api/plans')).json()) as { plans: { name: string; price: number; currency: string }[] }).plans,
  );
  for (const plan of plans) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: plan.name }) });
    const price = new Intl.NumberFormat('en-GB', { style: 'currency', currency: plan.currency }).format(plan.price / 100);
    await card.getByText(price, { exact: false }).first().waitFor();
  }
  const picture = page.getByRole('img', { name: /A guest's view of Ana and Ben's gift list on a phone/ });
  const shown = await picture.evaluate((img: HTMLImageElement) => ({
    natural: img.naturalWidth,
    width: img.getAttribute('width'),
    height: img.getAttribute('height'),
    src: img.currentSrc,
  }));
  expect(shown.natural > 0 && shown.width && shown.height, `the phone screenshot did not load: ${JSON.stringify(shown)}`);
  // Laptop: the picture sits beside the pitch, not under it (the right half is not empty).
  if (width === '1280') {
    const [text, phoneBox] = await Promise.all([page.getByRole('heading', { level: 1 }).boundingBox(), picture.boundingBox()]);
    expect(
      text && phoneBox && phoneBox.x > text.x + text.width && phoneBox.y < text.y + 200,
      `the picture is not beside the heading: ${JSON.stringify({ text, phoneBox })}`,
    );
  }
  const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - Number(width);
  expect(overflow <= 0, `the landing page scrolls sideways at ${width} px by ${overflow} px`);
  await screenshot(page, `landing-${width}`, true);
  await expectAccessible(page, `landing at ${width} px`);

  const footer = page.getByRole('navigation', { name: 'About WhisperGifts' });
  for (const [link, heading] of [
    ['Terms', 'Terms of use'],
    ['Contact', 'Contact'],
  ]) {
    await footer.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expectAccessible(page, `${heading} at ${width} px`);
    await screenshot(page, `${link.toLowerCase()}-${width}`, true);
    await page.goBack();
  }
  const docs = await page.request.get((await footer.getByRole('link', { name: 'API for developers' }).getAttribute('href'))!);
  expect(docs.status() === 200, `the API docs link answers ${docs.status()}`);

  await page.getByRole('link', { name: 'See an example list' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  expect(new URL(page.url()).pathname === '/r/example-ana-and-ben', `the example list is at ${page.url()}`);
  await page.getByRole('heading', { level: 3, name: 'Honeymoon fund' }).waitFor();
  await expectAccessible(page, `the example list at ${width} px`);
  await page.close();
}

/** Downloads through the button and returns the file's bytes and name. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The couple's Share tab at one width: share links, the QR downloads, e-mail invitations with the record and a resend. */
async function shareTab(context: BrowserContext, width: string, slug: string, registryId: string, webUrl: string, guest: string, first: boolean) {
  const page = await context.newPage();
  await page.goto(`/dashboard/registries/${registryId}/share`);
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Share your gift list' }).waitFor();
  const url = `${webUrl}/r/${slug}`;

  const group = page.getByRole('group', { name: 'Share the link' });
  const href = (name: string) => group.getByRole('link', { name, exact: true }).getAttribute('href');
  expect(
    (await href('WhatsApp')) === `https://wa.me/?text=${encodeURIComponent(`Ana & Ben: our wedding gift list ${url}`)}`,
    `WhatsApp: ${await href('WhatsApp')}`,
  );
  expect((await href('Facebook')) === `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`, `Facebook: ${await href('Facebook')}`);
  expect(new URL((await href('X'))!).searchParams.get('url') === url, `X: ${await href('X')}`);
  expect((await group.getByRole('link', { name: 'WhatsApp' }).getAttribute('rel'))?.includes('noopener'), 'WhatsApp opens without noopener');
  // Headless desktop Chromium has no share sheet: no button that would do nothing.
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  expect((await group.getByRole('button', { name: 'Share…' }).count()) === (hasShare ? 1 : 0), 'the share-sheet button does not follow navigator.share');

  if (first) {
    const png = await download(page, 'Download QR code (PNG, 2048 px)');
    expect(png.name === `whispergifts-${slug}-qr.png`, `PNG named ${png.name}`);
    const { data, info } = await sharp(png.bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width === 2048 && info.height === 2048, `PNG is ${info.width}×${info.height}`);
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data === url, 'the PNG does not scan to the list');
    const svg = await download(page, 'Download QR code (SVG)');
    expect(
      svg.name === `whispergifts-${slug}-qr.svg` && svg.bytes.toString().includes(`<title id="t">QR code: the gift list of Ana &#38; Ben at ${url}</title>`),
      `SVG: ${svg.name}`,
    );
    const fromSvg = await sharp(svg.bytes, { density: 300 }).resize(1024).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(fromSvg.data), fromSvg.info.width, fromSvg.info.height)?.data === url, 'the SVG does not scan to the list');
  }

  await screenshot(page, `share-top-${width}`, true);
  // Against the device's width: a phone widens its layout viewport to fit content that overflows.
  const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - Number(width);
  expect(overflow <= 0, `the Share tab scrolls sideways at ${width} px by ${overflow} px`);

  // E-mail invitations: sent, recorded with the date; the same address again warns and offers to resend.
  await fillForm(page, { 'Guests’ e-mail addresses': guest });
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await page.getByText('Sent to 1 guest.', { exact: false }).waitFor();
  const sent = page.getByRole('table', { name: 'Whom the gift list was e-mailed to, newest first' });
  await sent.getByRole('rowheader', { name: guest }).first().waitFor();
  await fillForm(page, { 'Guests’ e-mail addresses': guest });
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await page.getByText('Not sent again: you invited this guest in the last week.').waitFor();
  await screenshot(page, `share-warned-${width}`, true);
  await expectAccessible(page, `share tab at ${width} px, with the warning`);
  await page.getByRole('button', { name: 'Send to them again' }).click();
  await page.getByText('Sent to 1 guest.', { exact: false }).waitFor();
  await page.waitForFunction((email) => [...document.querySelectorAll('th[scope="row"]')].filter((th) => th.textContent === email).length === 2, guest);
  await screenshot(page, `share-${width}`, true);
  await expectAccessible(page, `share tab at ${width} px`);
  await page.close();
}

/** The landing page and the couple's Share tab, at phone and laptop width, axe clean. */
export const landingAndSharing: Scenario = async ({ browser, stack, slug, registryId }) => {
  const stopWorker = stack.startWorker();
  try {
    // Invitations need a verified address: the couple follows the link from the e-mail, as a real one would.
    const mail = await stack.mail.waitFor(`${slug}@example.com`, /^Confirm your e-mail address/);
    const link = /https?:\/\/[^\s"<>]+\/verify-email\/[^\s"<>]+/.exec(String(mail.text))?.[0];
    expect(link, 'no verification link in the e-mail');
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop()!);
    const verified = await fetch(`${stack.apiUrl}/api/auth/verify-email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(verified.ok, `verify-email answered ${verified.status}`);

    const small = await phone(browser, stack.webUrl);
    const wide = await desktop(browser, stack.webUrl);
    try {
      await landing(small, '390');
      await landing(wide, '1280');
      await shareTab(small, '390', slug, registryId, stack.webUrl, 'may@example.com', false);
      await shareTab(wide, '1280', slug, registryId, stack.webUrl, 'tom@example.com', true);
    } finally {
      await Promise.all([small.close(), wide.close()]);
    }
  } finally {
    await stopWorker();
  }
};
