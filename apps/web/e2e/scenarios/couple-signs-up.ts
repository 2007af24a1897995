import type { BrowserContext } from 'playwright-core';
import { expect, expectAccessible, loadedImageWidth } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm, type FormValues } from '../support/forms.ts';
import { PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

// Each run has a database of its own, so these names are free; the registry seeded for this scenario is not used.
const EMAIL = 'chloe@example.com';
const SLUG = 'chloe-and-dev';
const TITLE = 'Chloé & Dev are getting married';
const PHOTO_WIDTH = 960;

/** The three gifts, as typed into the "Add a gift" form (prices in the list's currency, GBP). */
const GIFTS: FormValues[] = [
  {
    Gift: 'Linen bed sheets',
    'Description (optional)': 'King size, in any soft colour.',
    'Price from (GBP)': '80',
    'Price up to (GBP)': '120',
    Priority: 'high',
    'Category (optional)': 'Bedroom',
  },
  {
    Gift: 'A picnic blanket',
    'Description (optional)': 'Big enough for four, with a waterproof back.',
    'Where to buy it (optional link)': 'https://shop.example/picnic-blanket',
    'Price up to (GBP)': '45',
    'Category (optional)': 'Outdoors',
  },
  {
    Kind: 'fund',
    Gift: 'Honeymoon fund',
    'Description (optional)': 'Towards a week of walking in the Dolomites.',
    'Suggested amounts (GBP, up to 4, optional)': '25 50 100',
    Priority: 'low',
    'Category (optional)': 'Experiences',
  },
];
/** The gift whose photo is chosen in the "Add a gift" form, and the one that gets a photo through its Edit dialog. */
const PHOTO_OF = 'A picnic blanket';
const EDITED_PHOTO_OF = 'Linen bed sheets';
const EDITED_PHOTO_WIDTH = 800;

/** A real JPEG, a tartan drawn by Chromium's own canvas and encoder in a blank page (no binary fixture committed). */
async function tartanJpeg(context: BrowserContext, width: number): Promise<Buffer> {
  const scratch = await context.newPage();
  const base64 = await scratch.evaluate(async (width) => {
    const canvas = new OffscreenCanvas(width, (width * 3) / 4);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#1f4d3a';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.globalAlpha = 0.55;
    for (const [colour, band, step, offset] of [
      ['#b23a3a', 60, 180, 0],
      ['#0e2a47', 30, 90, 40],
      ['#f2d16b', 8, 180, 70],
    ] as const) {
      g.fillStyle = colour;
      for (let x = offset; x < canvas.width; x += step) g.fillRect(x, 0, band, canvas.height);
      for (let y = offset; y < canvas.height; y += step) g.fillRect(0, y, canvas.width, band);
    }
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  }, width);
  await scratch.close();
  return Buffer.from(base64, 'base64');
}

/**
 * A new couple, through the UI only: signs up, creates a gift list, adds three gifts (one with a photo chosen in the
 * add form), gives another a photo in its Edit dialog, and shares the link; a guest opening it sees the three gifts
 * and both photos. No e-mail verification is needed for any of it
 * (the dashboard asks for it in a banner), so none is faked. The run starts no worker, so there are no thumbnails:
 * the page shows the uploaded original, which nginx serves from the API's MEDIA_DIR at /media.
 */
export const coupleSignsUp: Scenario = async ({ browser, stack }) => {
  const context = await desktop(browser, stack.webUrl);
  const page = await context.newPage();

  // 1. Sign up; a new account lands on its (empty) dashboard.
  await page.goto('/signup');
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await expectAccessible(page, 'sign-up');
  await fillForm(page, { 'Your name': 'Chloé', 'E-mail': EMAIL, Password: PASSWORD });
  await screenshot(page, 'new-couple-1-signup-1280');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your gift lists' }).waitFor();
  expect(new URL(page.url()).pathname === '/dashboard', `after signing up: ${page.url()}`);
  await page.getByRole('heading', { name: 'No gift list yet' }).waitFor();
  await page.getByText('Signed in as Chloé').waitFor();
  await page.getByText(`we sent a link to ${EMAIL}`).waitFor();
  await screenshot(page, 'new-couple-2-dashboard-1280');

  // 2. Create the gift list with the dashboard's form.
  const create = page.getByRole('form', { name: 'Create a gift list' });
  await fillForm(create, {
    'Your names': 'Chloé & Dev',
    Title: TITLE,
    'Address of the list': SLUG,
    'Wedding date': '2027-09-18',
    'Currency of the price hints': 'GBP',
  });
  await expectAccessible(page, 'create a gift list');
  await screenshot(page, 'new-couple-3-create-list-1280');
  await create.getByRole('button', { name: 'Create gift list' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByRole('heading', { name: 'No gifts yet' }).waitFor();
  await screenshot(page, 'new-couple-4-list-created-1280');

  // 3. Three gifts through the "Add a gift" form, one of them with a photo chosen in that form: it shows from the
  //    device at once, and goes up once the gift exists. Another gift gets its photo through its Edit dialog.
  const addGift = page.getByRole('region', { name: 'Add a gift' });
  const gifts = page.getByRole('list', { name: 'Your gifts, in the order guests see them' });
  for (const gift of GIFTS) {
    await fillForm(addGift, gift);
    if (gift.Gift !== PHOTO_OF) {
      await addGift.getByRole('button', { name: 'Add gift' }).click();
      await addGift.getByText(`Added ${String(gift.Gift)}.`).waitFor();
    } else {
      const photo = await tartanJpeg(context, PHOTO_WIDTH);
      await addGift.getByLabel('Upload image').setInputFiles({ name: 'picnic-blanket.jpg', mimeType: 'image/jpeg', buffer: photo });
      const chosen = addGift.getByRole('img', { name: 'The chosen photo, not saved yet' });
      const src = await chosen.getAttribute('src');
      expect(src?.startsWith('blob:'), `the chosen photo shows from the device before anything is sent: ${src}`);
      expect((await loadedImageWidth(chosen)) === PHOTO_WIDTH, 'the chosen photo loads (the CSP allows blob: images)');
      await expectAccessible(page, 'add a gift with a photo chosen');
      await addGift.getByRole('button', { name: 'Add gift' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'new-couple-5-photo-chosen-1280');

      // Had they picked a file that only says it is a JPEG, the API refuses it (415) once the gift exists: the gift
      // stays, the form says so beside the photo, and the next photo chosen goes to that same gift.
      await addGift.getByLabel('Replace image').setInputFiles({ name: 'blanket.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a JPEG') });
      await addGift.getByRole('button', { name: 'Add gift' }).click();
      const refused = addGift.getByRole('alert').filter({ hasText: `${PHOTO_OF} is added, but its photo is not:` });
      await refused.waitFor();
      await gifts.getByRole('heading', { level: 3, name: PHOTO_OF }).waitFor();
      await expectAccessible(page, 'add a gift: its photo refused by the API');
      await page.setViewportSize({ width: 360, height: 800 });
      await refused.scrollIntoViewIfNeeded();
      await screenshot(page, 'new-couple-5-photo-refused-360');
      await page.setViewportSize({ width: 1280, height: 900 });
      await addGift.getByLabel('Replace image').setInputFiles({ name: 'picnic-blanket.jpg', mimeType: 'image/jpeg', buffer: photo });
      await addGift.getByText(`Added ${PHOTO_OF} with its photo.`).waitFor();
    }
    await gifts.getByRole('heading', { level: 3, name: String(gift.Gift) }).waitFor();
  }
  const names = await gifts.getByRole('heading', { level: 3 }).allTextContents();
  expect(names.join('|') === GIFTS.map((g) => g.Gift).join('|'), `gifts in the order added, none twice: ${names.join(', ')}`);
  const thumb = (name: string) =>
    gifts
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name }) })
      .locator('img');
  expect((await loadedImageWidth(thumb(PHOTO_OF))) === PHOTO_WIDTH, 'the photo chosen in the add form shows in the list of gifts');
  expect(!(await addGift.getByRole('img').count()), 'the add form is empty again, without the photo');

  await page.getByRole('button', { name: `Edit ${EDITED_PHOTO_OF}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${EDITED_PHOTO_OF}` });
  await dialog.getByText('No image yet.').waitFor();
  await dialog.getByLabel('Upload image').setInputFiles({ name: 'sheets.jpg', mimeType: 'image/jpeg', buffer: await tartanJpeg(context, EDITED_PHOTO_WIDTH) });
  await dialog.getByText('Replace image').waitFor();
  const preview = dialog.locator('img.image-picker-preview');
  const src = await preview.getAttribute('src');
  expect(src?.startsWith(`${stack.webUrl}/media/`), `the preview is the uploaded original under /media (no worker, no thumbnails): ${src}`);
  expect((await loadedImageWidth(preview)) === EDITED_PHOTO_WIDTH, `the preview loads from nginx: ${src}`);
  await expectAccessible(page, 'edit gift dialog with a photo');
  await screenshot(page, 'new-couple-5-photo-uploaded-1280');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect((await loadedImageWidth(thumb(EDITED_PHOTO_OF))) === EDITED_PHOTO_WIDTH, 'the photo uploaded in the Edit dialog shows in the list of gifts');
  await screenshot(page, 'new-couple-6-gifts-1280', true);
  // The rows with and without a photo, on a small phone.
  await page.setViewportSize({ width: 360, height: 800 });
  await gifts.scrollIntoViewIfNeeded();
  await screenshot(page, 'new-couple-6-gifts-360');
  await page.setViewportSize({ width: 1280, height: 900 });

  // 4. Share: the link shown is the guest list's address, and the Copy button puts it on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: 'Share', exact: true }).click();
  await page.getByRole('heading', { name: 'Share your gift list' }).waitFor();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  const link = await page.getByLabel('Link to your gift list').inputValue();
  expect(link === `${stack.webUrl}/r/${SLUG}`, `the share link is the guest list: ${link}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied === link, `the Copy button copies the link: ${copied}`);
  await expectAccessible(page, 'share');
  await screenshot(page, 'new-couple-7-share-1280', true);

  // A guest, with no session, opens the copied link on a phone.
  const guestContext = await phone(browser, stack.webUrl);
  const guest = await guestContext.newPage();
  await guest.goto(copied);
  await guest.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  // The shared page paints the names from its HTML first (first paint); the gifts come with the app.
  await guest.getByRole('heading', { level: 3, name: String(GIFTS[0].Gift) }).waitFor();
  const seen = await guest.getByRole('heading', { level: 3 }).allTextContents();
  expect(GIFTS.every((g) => seen.includes(String(g.Gift))) && seen.length === GIFTS.length, `the guest sees the three gifts: ${seen.join(', ')}`);
  for (const [name, width] of [
    [PHOTO_OF, PHOTO_WIDTH],
    [EDITED_PHOTO_OF, EDITED_PHOTO_WIDTH],
  ] as const) {
    const card = guest.getByRole('listitem').filter({ has: guest.getByRole('heading', { name }) });
    expect((await loadedImageWidth(card.locator('img'))) === width, `the guest sees the photo of ${name}`);
  }
  await expectAccessible(guest, 'gift list with a photo');
  await guest.evaluate(() => window.scrollTo(0, 0));
  await screenshot(guest, 'new-couple-8-guest-list-390', true);
  await Promise.all([context.close(), guestContext.close()]);
};
