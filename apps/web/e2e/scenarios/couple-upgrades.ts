import { execFileSync } from 'node:child_process';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { Couple, PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/**
 * Plans (issue 16): a couple with 36 gifts sees "36 of 40 gifts" on the Plan tab, buys Standard through (fake)
 * Stripe, comes back to the new plan once Stripe's signed event arrives, and gets the receipt. An administrator then
 * refunds it from /admin/orders; with Stripe's refund event the list is back on Free, keeps its gifts, and is full.
 */
export const coupleUpgrades: Scenario = async ({ browser, stack, slug, registryId }) => {
  const stopWorker = stack.startWorker();
  try {
    const email = `${slug}@example.com`;
    const couple = new Couple(stack.apiUrl);
    await couple.call('POST', '/api/auth/login', { email, password: PASSWORD });
    // The seed has 4 gifts; 32 more make 36 of Free's 40.
    for (let n = 1; n <= 32; n++) await couple.addItem(registryId, { name: `Napkin ring ${n}`, category: 'Table' });

    const context = await desktop(browser, stack.webUrl);
    const page = await context.newPage();
    await page.goto(`/dashboard/registries/${registryId}/plan`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await fillForm(page, { 'E-mail': email, Password: PASSWORD });
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 3, name: 'Your plan: Free' }).waitFor();
    await page.getByText('36 of 40 gifts').waitFor();
    await screenshot(page, 'plan-free-1280', true);
    await expectAccessible(page, 'plan tab');

    // Stripe's page (faked) sends the browser straight back, paid; the plan changes only when Stripe's event arrives.
    await page.getByRole('button', { name: 'Upgrade to Standard for €49.00' }).click();
    await page.waitForURL(/\/plan\?checkout=success$/);
    await page.getByText('Thank you! Your payment went through.').waitFor();
    const session = [...stack.stripe.sessions.values()].find((s) => s.metadata.registryId === registryId);
    expect(session, 'the checkout made a Stripe session for this registry');
    const body = stack.stripe.completedEvent(session);
    const delivered = await fetch(`${stack.webUrl}/api/payments/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stack.stripe.sign(body) },
      body,
    });
    expect(delivered.status === 200, `Stripe's event through the edge: ${delivered.status} ${await delivered.text()}`);
    await page.getByRole('heading', { level: 3, name: 'Your plan: Standard' }).waitFor({ timeout: 15_000 });
    await page.getByText('Thank you! Your list is now on its new plan.').waitFor();
    await screenshot(page, 'plan-standard-1280', true);
    const receipt = await stack.mail.waitFor(email, /^Your WhisperGifts receipt: Standard/);
    expect((receipt.text ?? '').includes('€49.00'), `receipt: ${receipt.text}`);

    const mobile = await phone(browser, stack.webUrl);
    await mobile.addCookies(await context.cookies());
    const small = await mobile.newPage();
    await small.goto(`/dashboard/registries/${registryId}/plan`);
    await small.getByRole('heading', { level: 3, name: 'Your plan: Standard' }).waitFor();
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    expect(width <= 390, `plan tab scrolls sideways at 390 px (${width} px wide)`);
    await screenshot(small, 'plan-standard-390', true);

    // Four more gifts on Standard: 40, which Free cannot hold after the refund.
    for (let n = 33; n <= 36; n++) await couple.addItem(registryId, { name: `Napkin ring ${n}`, category: 'Table' });

    // The couple's account becomes an administrator's (no API makes one yet); the role is read on every request.
    execFileSync('psql', [stack.databaseUrl, '-qc', `UPDATE users SET role = 'admin' WHERE email = '${email}'`]);
    await page.goto('/admin/orders');
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await page.getByRole('cell', { name: 'Paid', exact: false }).first().waitFor();
    await screenshot(page, 'admin-orders-1280', true);
    await expectAccessible(page, 'admin orders');
    await page.getByRole('button', { name: /^Refund €49\.00 to/ }).click();
    await page.getByRole('dialog', { name: 'Refund €49.00?' }).waitFor();
    await screenshot(page, 'admin-orders-refund-dialog-1280');
    await expectAccessible(page, 'refund dialog');
    await page.getByRole('button', { name: 'Refund €49.00', exact: true }).click();
    await page.getByRole('cell', { name: 'Paid · refund asked, waiting for Stripe' }).waitFor();
    expect(stack.stripe.callsTo('/v1/refunds').length === 1, 'one refund asked of Stripe');

    const refunded = stack.stripe.refundedEvent(session);
    const answer = await fetch(`${stack.webUrl}/api/payments/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stack.stripe.sign(refunded) },
      body: refunded,
    });
    expect(answer.status === 200, `refund event: ${answer.status}`);
    await stack.mail.waitFor(email, /was refunded$/);

    // Back on Free with 40 gifts: every one stays, the Gifts tab says the list is full and links to the way up.
    await small.goto(`/dashboard/registries/${registryId}`);
    await small.getByText('Your list has 40 of 40 gifts, all that Free holds.').waitFor();
    await small.getByRole('link', { name: 'Move up to Standard to add more' }).waitFor();
    await screenshot(small, 'gifts-full-390');
    await small.getByRole('link', { name: 'Move up to Standard to add more' }).click();
    await small.getByRole('heading', { level: 3, name: 'Your plan: Free' }).waitFor();
    await small.getByText('Your list is full.').waitFor();
    await screenshot(small, 'plan-full-390', true);
    await expectAccessible(small, 'plan tab, full');
    await mobile.close();
    await context.close();
  } finally {
    await stopWorker();
  }
};
