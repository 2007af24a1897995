import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Registry } from '@whispergifts/api-client';
import { AppProvider } from '@/app/provider';
import { PlanPanel } from '@/features/plans/components/plan-panel';
import { aRegistry, anItem, anOrder, aUser, somePlans } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

let api: FakeApi;
let registry: Registry;
const items = (n: number) => Array.from({ length: n }, (_, i) => anItem({ name: `Gift ${i + 1}` }));
beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () => json(items(32)));
  api.on('GET', '/api/plans', () => json(somePlans()));
});

describe('the Plan tab', () => {
  it('shows the plan, "32 of 40 gifts" and the plans above with their prices', async () => {
    renderApp(`/dashboard/registries/${registry.id}/plan`);
    expect(await screen.findByRole('heading', { level: 3, name: 'Your plan: Free' })).toBeDefined();
    expect(screen.getByText('32 of 40 gifts')).toBeDefined();
    expect(screen.getByRole('progressbar', { name: 'Gifts used: 32 of 40 gifts' }).getAttribute('value')).toBe('80');
    const cards = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(cards).toEqual(['Standard', 'Premium']);
    expect(screen.getByRole('button', { name: 'Upgrade to Standard for €49.00' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Upgrade to Premium for €89.00' })).toBeDefined();
    expect(screen.queryByText(/Your list is full/)).toBeNull();
  });

  it('says a list over its limit (after a refund) keeps every gift but cannot grow', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json(items(45)));
    renderApp(`/dashboard/registries/${registry.id}/plan`);
    expect(
      await screen.findByText(
        'Your list has 45 gifts, more than Free holds. Every gift stays on your list and guests still see them all, but you cannot add more unless you move up to Standard.',
      ),
    ).toBeDefined();
  });

  it('without payments, offers no buy button and says who changes plans', async () => {
    api.on('GET', '/api/plans', () => json(somePlans({ paymentsEnabled: false })));
    renderApp(`/dashboard/registries/${registry.id}/plan`);
    expect(await screen.findByText('This WhisperGifts does not take payments. Ask its administrator to change your plan.')).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Upgrade to/ })).toBeNull();
  });

  it('shows nothing to buy on Premium', async () => {
    registry = aRegistry({ plan: 'premium' });
    renderApp(`/dashboard/registries/${registry.id}/plan`);
    expect(await screen.findByText('32 gifts, no limit')).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Upgrade' })).toBeNull();
  });

  it('tells the couple back from a cancelled checkout that nothing was charged', async () => {
    renderApp(`/dashboard/registries/${registry.id}/plan?checkout=cancelled`);
    expect(await screen.findByText('You left the payment page, so nothing was charged. Your plan is unchanged.')).toBeDefined();
  });
});

describe('the Gifts tab', () => {
  it('says when the list is full and links to the plan', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json(items(40)));
    renderApp(`/dashboard/registries/${registry.id}`);
    const link = await screen.findByRole('link', { name: 'Move up to Standard to add more' });
    expect(link.getAttribute('href')).toBe(`/dashboard/registries/${registry.id}/plan`);
    expect(screen.getByText(/Your list has 40 of 40 gifts, all that Free holds\./)).toBeDefined();
  });

  it('says nothing while there is room', async () => {
    renderApp(`/dashboard/registries/${registry.id}`);
    expect(await screen.findByRole('heading', { level: 3, name: 'Gift 1' })).toBeDefined();
    expect(screen.queryByText(/all that Free holds/)).toBeNull();
  });
});

describe('buying a plan', () => {
  const renderPanel = (leave: (url: string) => void) =>
    render(
      <AppProvider queryClient={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <PlanPanel registry={registry} plans={somePlans().plans} paymentsEnabled itemCount={40} leave={leave} />
      </AppProvider>,
    );

  it('asks the API for a checkout of the chosen plan and sends the browser to Stripe’s page', async () => {
    api.on('POST', '/api/registries/{registryId}/checkout', () => json({ url: 'https://checkout.stripe.com/c/pay/cs_test_1', orderId: anOrder().id }));
    const leave = vi.fn();
    renderPanel(leave);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upgrade to Premium for €89.00' }));
    await vi.waitFor(() => expect(leave).toHaveBeenCalledWith('https://checkout.stripe.com/c/pay/cs_test_1'));
    expect(api.sent('POST', `/api/registries/${registry.id}/checkout`)[0].body).toEqual({ plan: 'premium' });
  });

  it('shows why a checkout could not start', async () => {
    api.on('POST', '/api/registries/{registryId}/checkout', () =>
      problem(503, 'service-unavailable', 'The payment provider did not answer. Nothing was charged; try again in a minute.'),
    );
    const leave = vi.fn();
    renderPanel(leave);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upgrade to Standard for €49.00' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The payment provider did not answer. Nothing was charged; try again in a minute.')).toBeDefined();
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('/admin/orders', () => {
  it('lists orders and refunds one after confirming', async () => {
    api.on('GET', '/api/me', () => json(aUser({ role: 'admin' })));
    const order = anOrder({ buyerEmail: 'ana@example.com' });
    let current = order;
    api.on('GET', '/api/admin/orders', () => json({ orders: [current], total: 1, paymentsEnabled: true }));
    api.on('POST', '/api/admin/orders/{orderId}/refund', () => {
      current = { ...order, refundRequestedAt: '2026-11-21T10:00:00.000Z' };
      return json(current, { status: 202 });
    });
    const { user } = renderApp('/admin/orders');
    expect(await screen.findByRole('cell', { name: 'ana@example.com' })).toBeDefined();
    expect(screen.getByRole('cell', { name: 'Free → Standard' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: /^Refund €49\.00 to ana@example\.com/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Refund €49.00?' });
    await user.click(within(dialog).getByRole('button', { name: 'Refund €49.00' }));
    expect(await screen.findByRole('cell', { name: 'Paid · refund asked, waiting for Stripe' })).toBeDefined();
    expect(api.sent('POST', `/api/admin/orders/${order.id}/refund`)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Refund/ })).toBeNull();
  });

  it('is for administrators only', async () => {
    renderApp('/admin/orders');
    // The admin area's gate answers before its code (and the orders page) is even downloaded.
    expect(await screen.findByText(/is for its administrators only/)).toBeDefined();
    expect(api.sent('GET', '/api/admin/orders')).toHaveLength(0);
  });
});
