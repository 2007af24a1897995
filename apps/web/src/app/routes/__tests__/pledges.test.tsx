import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@lingui/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GiftListItem, PledgeCreated } from '@whispergifts/api-client';
import { aGiftList, aGiftListItem, anItem, anOwnerPledge, aRegistry, aUser } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { loadLanguageForTest } from '@/testing/catalogues';
import { decodeQrSvg } from '@/testing/qr';
import { renderApp } from '@/testing/render';

const LIST = '/api/public/registries/{slug}';
const PLEDGES = '/api/public/registries/{slug}/pledges';
const EPC = 'BCD\n002\n1\nSCT\nCOBADEFFXXX\nZoë Müller\nDE89370400440532013000\nEUR50.00\n\n\nWG-7K3F';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
const dialog = (name: string | RegExp) => screen.getByRole('dialog', { name });

const honeymoon = (overrides: Partial<GiftListItem> = {}) =>
  aGiftListItem({
    name: 'Honeymoon in Lisbon',
    kind: 'fund',
    quantity: null,
    remaining: null,
    priceMin: null,
    priceMax: null,
    targetAmount: 100000,
    minContribution: 1000,
    suggestedAmounts: [2500, 5000, 10000],
    allowOverfunding: false,
    pledgedAmount: 80000,
    remainingAmount: 20000,
    pledgeCount: 12,
    ...overrides,
  });

const giving = {
  instructions: 'We are saving for a week in Lisbon. Thank you!',
  accountHolder: 'Zoë Müller',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  hasPaymentLink: true,
};

function created(item: GiftListItem, amount: number): PledgeCreated {
  return {
    pledge: {
      id: 'c0ffee00-0000-4000-8000-000000000002',
      itemId: item.id,
      amount,
      currency: 'EUR',
      guestName: 'Aunt May',
      status: 'pledged',
      reference: 'WG-7K3F',
      createdAt: '2026-11-21T10:00:00.000Z',
    },
    undoToken: 'wgp_token',
    undoUrl: 'http://localhost/pledges/undo/wgp_token',
    item: {
      ...item,
      pledgedAmount: (item.pledgedAmount ?? 0) + amount,
      remainingAmount: (item.remainingAmount ?? 0) - amount,
      pledgeCount: (item.pledgeCount ?? 0) + 1,
    },
    payment: {
      reference: 'WG-7K3F',
      instructions: giving.instructions,
      link: 'https://paypal.me/anaben/50.00',
      epcPayload: EPC,
      accountHolder: giving.accountHolder,
      iban: giving.iban,
      bic: giving.bic,
    },
  };
}

async function openChipIn(item: GiftListItem) {
  api.on('GET', LIST, () => json(aGiftList([item], { giving })));
  const view = renderApp('/r/ana-and-ben');
  await screen.findByRole('heading', { level: 3, name: item.name });
  await view.user.click(within(card(item.name)).getByRole('button', { name: `Chip in for ${item.name}` }));
  // The dialog's code comes when the page is idle: it may still be on its way.
  await screen.findByRole('dialog');
  return view;
}

async function fillGuest(user: ReturnType<typeof renderApp>['user']) {
  const form = dialog(/Chip in/);
  await user.type(within(form).getByLabelText('Your name'), 'Aunt May');
  await user.type(within(form).getByLabelText('Your e-mail'), 'may@example.com');
}

describe('money gifts on the guest list', () => {
  it('chips in in the couple’s language: the dialog, its checks and the payment details in German, money as German writes it, no English left', async () => {
    loadLanguageForTest('de');
    const item = honeymoon();
    const euros = (n: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(n);
    // Text queries collapse the no-break space Intl puts before the € sign; accessible names keep it.
    const read = (text: string) => text.replace(/\u00a0/g, ' ');
    api.on('GET', LIST, () => json(aGiftList([item], { giving, language: 'de' })));
    api.on('POST', PLEDGES, () => json(created(item, 5000), { status: 201 }));
    const { user } = renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: item.name });
    await user.click(await within(card(item.name)).findByRole('button', { name: `Zu ${item.name} beitragen` }));
    const chip = within(await screen.findByRole('dialog', { name: `Zu ${item.name} beitragen` }));
    expect(chip.getByText('Wählen Sie einen Betrag')).toBeDefined();
    await user.type(chip.getByLabelText('Oder Ihr eigener Betrag (EUR)'), '5');
    await user.click(chip.getByRole('button', { name: 'Beitragen' }));
    expect(await chip.findByText(read(`Der kleinste Beitrag beträgt ${euros(10)}.`))).toBeDefined();
    await user.click(chip.getByRole('button', { name: euros(50) }));
    await user.type(chip.getByLabelText('Ihr Name'), 'Tante Maria');
    await user.type(chip.getByLabelText('Ihre E-Mail-Adresse'), 'maria@example.com');
    await user.click(chip.getByRole('button', { name: `${euros(50)} geben` }));

    const done = within(await screen.findByRole('dialog', { name: 'Vielen Dank! Jetzt senden Sie Ihr Geschenk' }));
    expect(done.getByText(read(`Vielen Dank, Aunt May! Sie tragen ${euros(50)} zu Honeymoon in Lisbon bei.`))).toBeDefined();
    expect(done.getByLabelText('Ihr Verwendungszweck: Geben Sie ihn bei der Überweisung an')).toHaveProperty('value', 'WG-7K3F');
    expect(done.getByRole('button', { name: 'Verwendungszweck kopieren' })).toBeDefined();
    expect(done.getByRole('heading', { name: 'Überweisung' })).toBeDefined();
    expect(done.getByText('Kontoinhaber')).toBeDefined();
    expect(done.getByRole('button', { name: 'IBAN kopieren' })).toBeDefined();
    expect(done.getByRole('link', { name: `${euros(50)} online bezahlen (öffnet in einem neuen Tab)` })).toBeDefined();
    expect(await done.findByRole('img', { name: `QR-Code für die Überweisung: ${euros(50)} an Zoë Müller, Verwendungszweck WG-7K3F` })).toBeDefined();
    expect(done.getByRole('button', { name: 'Meinen Beitrag zurücknehmen' })).toBeDefined();
    // The couple's own words (giving.instructions) are theirs to write in any language.
    const text = (document.body.textContent ?? '').replace(giving.instructions, '');
    for (const english of ['Thank you', 'Bank transfer', 'Account holder', 'Copy', 'Undo my pledge', 'You send the money', 'Scan it', 'A word from']) {
      expect(text).not.toContain(english);
    }
  });

  it('shows progress instead of "How many": pledged of target, percent, a bar and the givers; open-ended funds show what was given', async () => {
    api.on('GET', LIST, () =>
      json(
        aGiftList([
          honeymoon(),
          aGiftListItem({
            name: 'Cargo bike',
            kind: 'group-gift',
            quantity: null,
            remaining: null,
            targetAmount: 250000,
            pledgedAmount: 250000,
            remainingAmount: 0,
            pledgeCount: 9,
          }),
          honeymoon({ name: 'Our first sofa', targetAmount: null, remainingAmount: null, pledgedAmount: 12000, pledgeCount: 1, allowOverfunding: true }),
          honeymoon({ name: 'Date nights', targetAmount: null, remainingAmount: null, pledgedAmount: null, pledgeCount: null, hideTotals: true }),
        ]),
      ),
    );
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: 'Honeymoon in Lisbon' });
    const fund = within(card('Honeymoon in Lisbon'));
    expect(fund.getByText('€800.00').parentElement!.textContent).toBe('€800.00 of €1,000.00 · 80%');
    expect(fund.getByRole('progressbar', { name: 'Honeymoon in Lisbon: 80% funded' }).getAttribute('value')).toBe('80000');
    expect(fund.getByText('12 givers')).toBeDefined();
    expect(fund.queryByText(/How many|reserved/)).toBeNull();
    expect(within(card('Cargo bike')).getByRole('button', { name: 'Cargo bike: fully funded' })).toHaveProperty('disabled', true);
    const sofa = within(card('Our first sofa'));
    expect(sofa.getByText('€120.00 given').parentElement!.textContent).toBe('€120.00 given · 1 giver');
    expect(sofa.queryByRole('progressbar')).toBeNull();
    expect(sofa.getByRole('button', { name: 'Chip in for Our first sofa' })).toHaveProperty('disabled', false);
    // The couple keeps this open-ended fund's totals private: no amount, no count, still open.
    const dates = within(card('Date nights'));
    expect(dates.getByText('Give what you like')).toBeDefined();
    expect(dates.queryByText(/given|giver|Be the first/)).toBeNull();
    expect(dates.getByRole('button', { name: 'Chip in for Date nights' })).toHaveProperty('disabled', false);
  });

  it('chips in with a suggested amount, then shows the reference, the bank details, a scannable EPC QR code, the payment link and the undo', async () => {
    const item = honeymoon();
    api.on('POST', PLEDGES, () => json(created(item, 5000), { status: 201 }));
    api.on('DELETE', '/api/public/pledges/{token}', () => json({ item }));
    const { user } = await openChipIn(item);

    const chip = within(dialog('Chip in for Honeymoon in Lisbon'));
    // The dialog opens on its first choice, the first suggested amount, not on ×.
    expect(document.activeElement).toBe(chip.getAllByRole('button', { pressed: false })[0]);
    await user.click(chip.getByRole('button', { name: '€50.00' }));
    expect(chip.getByRole('button', { name: '€50.00' }).getAttribute('aria-pressed')).toBe('true');
    expect(chip.getByLabelText('Or your own amount (EUR)')).toHaveProperty('value', '50.00');
    await fillGuest(user);
    await user.click(chip.getByRole('button', { name: 'Give €50.00' }));

    const [sent] = api.sent('POST', '/api/public/registries/ana-and-ben/pledges');
    expect(sent.body).toEqual({ itemId: item.id, amount: 5000, name: 'Aunt May', email: 'may@example.com' });
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);

    const done = within(await screen.findByRole('dialog', { name: 'Thank you! Now send your gift' }));
    expect(document.activeElement).toBe(done.getByText('Thank you, Aunt May! You are giving €50.00 towards Honeymoon in Lisbon.'));
    expect(done.getByLabelText('Your payment reference: write it on the transfer')).toHaveProperty('value', 'WG-7K3F');
    await user.click(done.getByRole('button', { name: 'Copy reference' }));
    expect(await navigator.clipboard.readText()).toBe('WG-7K3F');

    const qr = await done.findByRole('img', { name: 'Bank transfer QR code: €50.00 to Zoë Müller, reference WG-7K3F' });
    expect(decodeQrSvg(qr)).toBe(EPC);

    expect(done.getByLabelText('IBAN')).toHaveProperty('value', 'DE89 3704 0044 0532 0130 00');
    await user.click(done.getByRole('button', { name: 'Copy IBAN' }));
    expect(await navigator.clipboard.readText()).toBe('DE89370400440532013000');
    expect(done.getByText('COBADEFFXXX')).toBeDefined();
    expect(done.getByText('Zoë Müller')).toBeDefined();
    expect(done.getByRole('link', { name: 'Pay €50.00 online (opens in a new tab)' }).getAttribute('href')).toBe('https://paypal.me/anaben/50.00');
    expect(done.getByText(giving.instructions)).toBeDefined();
    // The card shows the pledge counted, from the answer.
    expect(within(card('Honeymoon in Lisbon')).getByText('13 givers')).toBeDefined();

    await user.click(done.getByRole('button', { name: 'Undo my pledge' }));
    expect(document.activeElement).toBe(await done.findByText(/Your pledge is undone/));
    expect(api.sent('DELETE', '/api/public/pledges/wgp_token')).toHaveLength(1);
  });

  it('refuses a free amount below the minimum or above what is left, saying why, before sending anything', async () => {
    const { user } = await openChipIn(honeymoon({ suggestedAmounts: [2500, 5000, 25000] }));
    const chip = within(dialog('Chip in for Honeymoon in Lisbon'));
    const amount = chip.getByLabelText('Or your own amount (EUR)');
    await fillGuest(user);

    await user.type(amount, '2');
    await user.click(chip.getByRole('button', { name: 'Give' }));
    expect(chip.getByText('The smallest contribution is €10.00.')).toBeDefined();
    expect(amount.getAttribute('aria-invalid')).toBe('true');

    await user.clear(amount);
    await user.type(amount, '250');
    expect(chip.getByText('Only €200.00 is still needed: please give that much or less.')).toBeDefined();
    await user.click(chip.getByRole('button', { name: 'Give' }));

    await user.clear(amount);
    await user.type(amount, 'fifty');
    expect(chip.getByText('Enter an amount like 50 or 25.50.')).toBeDefined();
    expect(api.sent('POST', '/api/public/registries/ana-and-ben/pledges')).toHaveLength(0);
    // Suggestions above what is left are not offered.
    expect(chip.getByRole('button', { name: '€50.00' })).toBeDefined();
    expect(chip.queryByRole('button', { name: '€250.00' })).toBeNull();
  });

  it('formats a typed amount for the currency when leaving the field', async () => {
    const { user } = await openChipIn(honeymoon());
    const amount = within(dialog('Chip in for Honeymoon in Lisbon')).getByLabelText('Or your own amount (EUR)');
    await user.type(amount, '42,5');
    await user.tab();
    expect(amount).toHaveProperty('value', '42.50');
    expect(within(dialog('Chip in for Honeymoon in Lisbon')).getByRole('button', { name: 'Give €42.50' })).toBeDefined();
  });

  it('on 409 pledge-exceeds-target says how much is left and gives exactly that with one click', async () => {
    const item = honeymoon();
    let calls = 0;
    api.on('POST', PLEDGES, () =>
      ++calls === 1
        ? problem(409, 'pledge-exceeds-target', 'Only €30.00 is still needed.', { remainingAmount: 3000 })
        : json(created({ ...item, remainingAmount: 3000, pledgedAmount: 97000 }, 3000), { status: 201 }),
    );
    const { user } = await openChipIn(item);
    const chip = within(dialog('Chip in for Honeymoon in Lisbon'));
    await user.click(chip.getByRole('button', { name: '€50.00' }));
    await fillGuest(user);
    await user.click(chip.getByRole('button', { name: 'Give €50.00' }));

    expect(await chip.findByText('Others chipped in meanwhile: €30.00 is still needed now.')).toBeDefined();
    await user.click(chip.getByRole('button', { name: 'Give €30.00 instead' }));
    await screen.findByRole('dialog', { name: 'Thank you! Now send your gift' });
    const [first, second] = api.sent('POST', '/api/public/registries/ana-and-ben/pledges');
    expect(second.body).toMatchObject({ amount: 3000, name: 'Aunt May', email: 'may@example.com' });
    // The refused attempt pledged nothing, so the retry is a new request with a new key.
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('on 409 with nothing left says the gift is fully funded', async () => {
    api.on('POST', PLEDGES, () => problem(409, 'pledge-exceeds-target', 'Fully funded.', { remainingAmount: 0 }));
    const { user } = await openChipIn(honeymoon());
    const chip = within(dialog('Chip in for Honeymoon in Lisbon'));
    await user.click(chip.getByRole('button', { name: '€50.00' }));
    await fillGuest(user);
    await user.click(chip.getByRole('button', { name: 'Give €50.00' }));
    expect(await chip.findByText(/this gift is now fully funded/)).toBeDefined();
    expect(chip.getByRole('button', { name: 'Choose another gift' })).toBeDefined();
  });

  it('undoes a pledge in the guest’s language, French here, money as French writes it, no English left', async () => {
    loadLanguageForTest('fr');
    i18n.activate('fr');
    api.on('GET', '/api/public/pledges/{token}', () =>
      json({
        itemName: 'Voyage à Lisbonne',
        amount: 5000,
        currency: 'EUR',
        status: 'pledged',
        registry: { slug: 'ana-and-ben', title: 'Ana & Ben', coupleNames: 'Ana & Ben' },
      }),
    );
    api.on('DELETE', '/api/public/pledges/{token}', () => json({ item: honeymoon({ name: 'Voyage à Lisbonne' }), alreadyUndone: false }));
    const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(50);
    const { user } = renderApp('/pledges/undo/wgp_token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Annuler votre participation' })).toBeDefined();
    expect((await screen.findByText(/Vous avez promis/)).textContent).toBe(
      `Vous avez promis ${euros} pour Voyage à Lisbonne sur la liste de mariage de Ana & Ben.`,
    );
    expect(screen.getByRole('link', { name: 'Retour à la liste de mariage de Ana & Ben' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Annuler ma participation' }));
    expect(await screen.findByText(/votre participation pour Voyage à Lisbonne est annulée/)).toBeDefined();
    const text = document.body.textContent ?? '';
    for (const english of ['Undo', 'You pledged', 'Back to', 'Done:', 'Changed your mind']) expect(text).not.toContain(english);
  });

  it('undoes a pledge from the e-mailed link, asking first', async () => {
    api.on('GET', '/api/public/pledges/{token}', () =>
      json({
        itemName: 'Honeymoon in Lisbon',
        amount: 5000,
        currency: 'EUR',
        status: 'pledged',
        registry: { slug: 'ana-and-ben', title: 'Ana & Ben', coupleNames: 'Ana & Ben' },
      }),
    );
    api.on('DELETE', '/api/public/pledges/{token}', () => json({ item: honeymoon(), alreadyUndone: false }));
    const { user } = renderApp('/pledges/undo/wgp_token');
    expect((await screen.findByText(/You pledged/)).textContent).toBe('You pledged €50.00 towards Honeymoon in Lisbon on Ana & Ben’s gift list.');
    await user.click(await screen.findByRole('button', { name: 'Undo my pledge' }));
    expect(await screen.findByText(/your pledge towards Honeymoon in Lisbon is undone/)).toBeDefined();
    expect(api.sent('DELETE', '/api/public/pledges/wgp_token')).toHaveLength(1);
  });
});

describe('money gifts for the couple', () => {
  const registry = aRegistry();
  const base = `/api/registries/${registry.id}`;
  beforeEach(() => {
    api.on('GET', '/api/me', () => json(aUser()));
    api.on('GET', '/api/registries/{registryId}', () => json(registry));
  });

  /** Answers the couple's items and pledges with a €1,000 fund and one €50 pledge awaiting its transfer (WG-7K3F); the pledge. */
  function onePledgeAwaited() {
    const fund = anItem({
      name: 'Honeymoon in Lisbon',
      kind: 'fund',
      quantity: null,
      remaining: null,
      targetAmount: 100000,
      pledgedAmount: 5000,
      remainingAmount: 95000,
      pledgeCount: 1,
    });
    const pledge = anOwnerPledge({ itemId: fund.id, itemName: fund.name, amount: 5000, reference: 'WG-7K3F' });
    api.on('GET', '/api/registries/{registryId}/items', () => json([fund]));
    api.on('GET', '/api/registries/{registryId}/pledges', () =>
      json(
        {
          pledges: [pledge],
          totals: { pledgedAmount: 5000, receivedAmount: 0, count: 1, items: [{ itemId: fund.id, pledgedAmount: 5000, receivedAmount: 0, count: 1 }] },
          surpriseHidden: false,
          revealDate: null,
          nextCursor: null,
        },
        { headers: { ETag: 'W/"pledges-7"' } },
      ),
    );
    return pledge;
  }

  it('adds a fund with a target, a minimum and suggested amounts; the price and quantity fields go away', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    api.on('POST', '/api/registries/{registryId}/items', ({ body }) => json(anItem(body as never), { status: 201 }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    const form = within(await screen.findByRole('region', { name: 'Add a gift' }));
    expect(form.getByLabelText('Price from (EUR)')).toBeDefined();

    await user.selectOptions(form.getByLabelText('Kind'), 'fund');
    expect(form.queryByLabelText('Price from (EUR)')).toBeNull();
    expect(form.queryByLabelText('How many')).toBeNull();
    expect(form.getByLabelText('Welcome more than the target')).toHaveProperty('checked', true);
    await user.type(form.getByLabelText('Gift'), 'Honeymoon in Lisbon');
    await user.type(form.getByLabelText('Target (EUR, optional)'), '1000');
    await user.type(form.getByLabelText('Smallest contribution (EUR, optional)'), '10');
    await user.type(form.getByLabelText('Suggested amounts (EUR, up to 4, optional)'), '25, 50, 100');
    await user.click(form.getByRole('button', { name: 'Add gift' }));

    await waitFor(() => expect(api.sent('POST', `${base}/items`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/items`)[0].body).toMatchObject({
      kind: 'fund',
      name: 'Honeymoon in Lisbon',
      targetAmount: 100000,
      minContribution: 1000,
      suggestedAmounts: [2500, 5000, 10000],
      allowOverfunding: true,
      quantity: null,
      priceMin: null,
      priceMax: null,
    });
  });

  it('requires a group gift’s target, stops it at its price by default, and refuses more than 4 suggestions', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    const form = within(await screen.findByRole('region', { name: 'Add a gift' }));
    await user.selectOptions(form.getByLabelText('Kind'), 'group-gift');
    expect(form.getByLabelText('Welcome more than the target')).toHaveProperty('checked', false);
    await user.type(form.getByLabelText('Gift'), 'Cargo bike');
    await user.type(form.getByLabelText('Suggested amounts (EUR, up to 4, optional)'), '10 20 30 40 50');
    await user.click(form.getByRole('button', { name: 'Add gift' }));
    expect(form.getByText('A group gift needs a target: its price.')).toBeDefined();
    expect(form.getByText('Suggest up to 4 amounts.')).toBeDefined();
    expect(api.sent('POST', `${base}/items`)).toHaveLength(0);
  });

  it('keeps an open-ended fund’s totals private when asked, and says a fund with a target cannot', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    api.on('POST', '/api/registries/{registryId}/items', ({ body }) => json(anItem(body as never), { status: 201 }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    const form = within(await screen.findByRole('region', { name: 'Add a gift' }));
    expect(form.queryByLabelText(/Keep the amount given private/)).toBeNull();
    await user.selectOptions(form.getByLabelText('Kind'), 'fund');
    await user.type(form.getByLabelText('Gift'), 'Date nights');
    await user.click(form.getByLabelText(/Keep the amount given private/));
    await user.type(form.getByLabelText('Target (EUR, optional)'), '500');
    await user.click(form.getByRole('button', { name: 'Add gift' }));
    expect(form.getByText(/Guests need the progress to see what is still needed/)).toBeDefined();
    expect(api.sent('POST', `${base}/items`)).toHaveLength(0);

    await user.clear(form.getByLabelText('Target (EUR, optional)'));
    await user.click(form.getByRole('button', { name: 'Add gift' }));
    await waitFor(() => expect(api.sent('POST', `${base}/items`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/items`)[0].body).toMatchObject({ kind: 'fund', targetAmount: null, hideTotals: true });
  });

  it('keeps the kind of an item guests have chipped in for', async () => {
    const fund = anItem({
      name: 'Honeymoon in Lisbon',
      kind: 'fund',
      quantity: null,
      remaining: null,
      targetAmount: 100000,
      pledgedAmount: 5000,
      pledgeCount: 1,
      allowOverfunding: true,
    });
    api.on('GET', '/api/registries/{registryId}/items', () => json([fund]));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit Honeymoon in Lisbon' }));
    const edit = within(dialog('Edit Honeymoon in Lisbon'));
    expect(edit.getByLabelText('Kind')).toHaveProperty('disabled', true);
    expect(edit.getByText('Guests have reserved or chipped in already, so the kind stays as it is.')).toBeDefined();
    expect(edit.getByLabelText('Target (EUR, optional)')).toHaveProperty('value', '1000.00');
  });

  it('checks the IBAN as it is typed, shows it formatted, and refuses to save an invalid one', async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), version: 4, etag: 'W/"4"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    const money = within(await screen.findByRole('group', { name: 'Money gifts' }));
    const iban = money.getByLabelText('IBAN');

    await user.type(iban, 'de89 3704 0044 0532 0130 01');
    expect(money.getByText('Not a valid IBAN yet.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(money.getByText('This is not a valid IBAN: check the country code, the length and each digit.')).toBeDefined();
    expect(api.sent('PATCH', base)).toHaveLength(0);

    await user.clear(iban);
    await user.type(iban, 'de89 3704 0044 0532 0130 00');
    expect(money.getByText('✓ Valid IBAN: DE89 3704 0044 0532 0130 00')).toBeDefined();
    await user.type(money.getByLabelText('Account holder'), 'Zoë Müller');
    await user.type(money.getByLabelText('Payment link (optional)'), 'https://paypal.me/anaben/{{amount}');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    const [sent] = api.sent('PATCH', base);
    expect(sent.headers.get('If-Match')).toBe(registry.etag);
    expect(sent.body).toEqual({
      giving: {
        instructions: null,
        accountHolder: 'Zoë Müller',
        iban: 'DE89370400440532013000',
        bic: null,
        paymentLinkTemplate: 'https://paypal.me/anaben/{amount}',
      },
    });
  });

  it('shows the pledges and the mark-received dialog in the account’s language, money as German writes it, no English left', async () => {
    loadLanguageForTest('de');
    api.on('GET', '/api/me', () => json(aUser({ language: 'de' })));
    const euros = (n: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(n);
    const read = (text: string) => text.replace(/\u00a0/g, ' ');
    onePledgeAwaited();
    const { user } = renderApp(`/dashboard/registries/${registry.id}/pledges`);
    const totals = await screen.findByRole('region', { name: 'Insgesamt' });
    expect(read(totals.textContent ?? '')).toContain(read(`${euros(50)} zugesagt von 1 Gast · ${euros(0)} eingegangen`));
    const row = within(screen.getByRole('row', { name: /WG-7K3F/ }));
    expect(row.getByText('Überweisung ausstehend')).toBeDefined();
    await user.click(row.getByRole('button', { name: `${euros(50)} für Honeymoon in Lisbon als eingegangen markieren` }));
    const mark = within(dialog('Honeymoon in Lisbon als eingegangen markieren'));
    expect(mark.getByLabelText('Eingegangener Betrag (EUR)')).toBeDefined();
    expect(mark.getByRole('button', { name: 'Abbrechen' })).toBeDefined();
    const text = document.body.textContent ?? '';
    for (const english of ['pledged by', 'received', 'Awaiting', 'Mark ', 'In all', 'Reference', 'Amount', 'Cancel']) {
      expect(text).not.toContain(english);
    }
  });

  it('shows pledges with totals and progress, and marks one received with the amount prefilled and If-Match', async () => {
    const pledge = onePledgeAwaited();
    api.on('PATCH', '/api/registries/{registryId}/pledges/{pledgeId}', ({ body }) => json({ ...pledge, ...(body as object) }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByRole('link', { name: 'Pledges' }));

    const totals = await screen.findByRole('region', { name: 'In all' });
    expect(totals.textContent).toContain('€50.00 pledged by 1 guest · €0.00 received');
    expect(screen.getByRole('progressbar', { name: 'Honeymoon in Lisbon: 5% funded' })).toBeDefined();
    const row = within(screen.getByRole('row', { name: /WG-7K3F/ }));
    expect(row.getByText('Aunt May')).toBeDefined();
    expect(row.getByText('Awaiting the transfer')).toBeDefined();

    await user.click(row.getByRole('button', { name: 'Mark €50.00 for Honeymoon in Lisbon received' }));
    const mark = within(dialog('Mark Honeymoon in Lisbon received'));
    const amount = mark.getByLabelText('Amount received (EUR)');
    expect(amount).toHaveProperty('value', '50.00');
    await user.clear(amount);
    await user.type(amount, '45');
    await user.click(mark.getByRole('button', { name: 'Mark received' }));

    await waitFor(() => expect(api.sent('PATCH', `${base}/pledges/${pledge.id}`)).toHaveLength(1));
    const [sent] = api.sent('PATCH', `${base}/pledges/${pledge.id}`);
    expect(sent.body).toEqual({ status: 'received', receivedAmount: 4500 });
    // The pledges list's ETag: a change by the partner since it was read gives 412.
    expect(sent.headers.get('If-Match')).toBe('W/"pledges-7"');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('on 412 says the pledge changed meanwhile and shows the saved list', async () => {
    const fund = anItem({
      name: 'Honeymoon in Lisbon',
      kind: 'fund',
      quantity: null,
      remaining: null,
      targetAmount: null,
      pledgedAmount: 5000,
      pledgeCount: 1,
    });
    const pledge = anOwnerPledge({ itemId: fund.id, itemName: fund.name, amount: 5000 });
    api.on('GET', '/api/registries/{registryId}/items', () => json([fund]));
    api.on('GET', '/api/registries/{registryId}/pledges', () =>
      json(
        {
          pledges: [pledge],
          totals: { pledgedAmount: 5000, receivedAmount: 0, count: 1, items: [] },
          surpriseHidden: false,
          revealDate: null,
          nextCursor: null,
        },
        { headers: { ETag: 'W/"pledges-7"' } },
      ),
    );
    api.on('PATCH', '/api/registries/{registryId}/pledges/{pledgeId}', () => problem(412, 'precondition-failed', 'Changed meanwhile.'));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/pledges`);
    await user.click(await screen.findByRole('button', { name: 'Mark €50.00 for Honeymoon in Lisbon received' }));
    const mark = within(dialog('Mark Honeymoon in Lisbon received'));
    await user.click(mark.getByRole('button', { name: 'Mark received' }));
    expect(await mark.findByText(/This pledge was changed meanwhile/)).toBeDefined();
    await waitFor(() => expect(api.sent('GET', `${base}/pledges`).length).toBeGreaterThan(1));
  });
});
