import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { EntityManager, Not, Repository } from 'typeorm';
import { ProblemException, msg } from '../common/problem/problem';
import { Order } from '../orders/order.entity';
import { Outbox } from '../outbox/outbox.service';
import { QUEUES } from '../queues/queues';
import { PLAN_IDS, planRank } from '../plans/plans';
import { RegistryWrites } from '../registries/registry-writes.service';
import { Registry } from '../registries/registry.entity';
import { StripeClient, paymentsDisabled } from './stripe-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What handling an event did, stored with its id (and read by the tests and by people looking at the table). */
type Outcome =
  | 'paid'
  | 'refunded'
  | 'already-paid'
  | 'already-refunded'
  | 'refunded-before-completion'
  | 'awaiting-payment'
  | 'partial-refund'
  | 'unknown-order'
  | 'unmatched-full-refund'
  | 'unmatched-partial-refund'
  | `rejected: ${string}`
  | 'ignored';

/**
 * Stripe's events, verified over the raw body with the SDK (a forged, unsigned, tampered or stale one is 400 and
 * changes nothing). Each event id is stored when handled, in the transaction of its effect: a redelivery finds it
 * and does nothing. Stripe does not promise order, so the order's status is a one-way street: pending → paid →
 * refunded, or pending → refunded (a refund seen first wins: the completion that follows gives no plan). Every
 * effect on a registry goes through RegistryWrites, under the registry's row lock, which also serializes two
 * events for one order. A signed event whose amount, currency or metadata do not match its order is recorded as
 * rejected and changes nothing (answered 200: Stripe redelivering it would not make it right).
 */
@Injectable()
export class StripeWebhooks {
  private readonly logger = new Logger(StripeWebhooks.name);

  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly stripe: StripeClient,
    private readonly writes: RegistryWrites,
    private readonly outbox: Outbox,
  ) {}

  async receive(rawBody: string | undefined, signature: string | string[] | undefined): Promise<void> {
    const sdk = this.stripe.sdkOrRefuse;
    const secret = this.stripe.webhookSecret;
    if (!secret) throw paymentsDisabled();
    if (typeof signature !== 'string' || !signature) throw new ProblemException(400, 'bad-request', msg('problems:payments.bad-request'));
    if (!rawBody) throw new ProblemException(400, 'bad-request', msg('problems:payments.bad-request-2'));
    let event: Stripe.Event;
    try {
      event = await sdk.webhooks.constructEventAsync(rawBody, signature, secret);
    } catch {
      throw new ProblemException(400, 'bad-request', msg('problems:payments.bad-request-3'));
    }
    if (await this.seen(event.id)) return;
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return this.completed(event, event.data.object);
      case 'charge.refunded':
        return this.refunded(event, event.data.object);
      default:
        return this.recordAlone(event, null, null, 'ignored');
    }
  }

  private async completed(event: Stripe.Event, session: Stripe.Checkout.Session): Promise<void> {
    const paymentIntent = idOf(session.payment_intent);
    const order = await this.orderFor(session.metadata?.orderId ?? session.client_reference_id, null);
    if (!order?.registryId) return this.recordAlone(event, order?.id ?? null, paymentIntent, 'unknown-order');
    const mismatch =
      session.id !== order.stripeSessionId
        ? 'session'
        : session.metadata?.registryId !== order.registryId
          ? 'registry'
          : session.amount_total !== order.amount
            ? 'amount'
            : session.currency?.toUpperCase() !== order.currency
              ? 'currency'
              : null;
    if (mismatch) return this.reject(event, order, paymentIntent, mismatch);
    // Bank debits and vouchers complete the session unpaid; checkout.session.async_payment_succeeded follows.
    if (session.payment_status !== 'paid') return this.recordAlone(event, order.id, paymentIntent, 'awaiting-payment');

    await this.writes.byId(order.registryId, async (tx, registry) => {
      if (!(await this.claim(tx, event, order.id, paymentIntent))) return;
      const current = await tx.findOneByOrFail(Order, { id: order.id });
      if (current.status !== 'pending') return this.settle(tx, event, current.status === 'paid' ? 'already-paid' : 'refunded-before-completion');
      const refundedFirst = paymentIntent
        ? (
            (await tx.query(`SELECT 1 FROM payment_events WHERE payment_intent = $1 AND outcome = 'unmatched-full-refund' LIMIT 1`, [
              paymentIntent,
            ])) as unknown[]
          ).length > 0
        : false;
      if (refundedFirst) {
        await tx.update(Order, { id: order.id }, { status: 'refunded', refundedAt: new Date(), stripePaymentIntent: paymentIntent });
        return this.settle(tx, event, 'refunded-before-completion');
      }
      await tx.update(Order, { id: order.id }, { status: 'paid', paidAt: new Date(), stripePaymentIntent: paymentIntent });
      if (planRank(current.plan) > planRank(registry.plan)) await tx.update(Registry, { id: registry.id }, { plan: current.plan });
      await this.outbox.add(tx, QUEUES.email, 'plan-receipt', { orderId: order.id });
      return this.settle(tx, event, 'paid');
    });
  }

  private async refunded(event: Stripe.Event, charge: Stripe.Charge): Promise<void> {
    const paymentIntent = idOf(charge.payment_intent);
    const full = charge.refunded || charge.amount_refunded >= charge.amount;
    const order = await this.orderFor(charge.metadata?.orderId, paymentIntent);
    if (!order) return this.recordAlone(event, null, paymentIntent, full ? 'unmatched-full-refund' : 'unmatched-partial-refund');
    const mismatch =
      charge.amount !== order.amount
        ? 'amount'
        : charge.currency.toUpperCase() !== order.currency
          ? 'currency'
          : charge.metadata?.registryId && charge.metadata.registryId !== order.registryId
            ? 'registry'
            : paymentIntent && order.stripePaymentIntent && paymentIntent !== order.stripePaymentIntent
              ? 'payment'
              : null;
    if (mismatch) return this.reject(event, order, paymentIntent, mismatch);
    if (!full) return this.recordAlone(event, order.id, paymentIntent, 'partial-refund');
    if (!order.registryId) {
      // The registry was deleted: the order is still a record of money, now returned.
      await this.orders.manager.transaction(async (tx) => {
        if (!(await this.claim(tx, event, order.id, paymentIntent))) return;
        await tx.update(Order, { id: order.id, status: Not('refunded') }, { status: 'refunded', refundedAt: new Date() });
        await this.settle(tx, event, 'refunded');
      });
      return;
    }

    await this.writes.byId(order.registryId, async (tx, registry) => {
      if (!(await this.claim(tx, event, order.id, paymentIntent))) return;
      const current = await tx.findOneByOrFail(Order, { id: order.id });
      if (current.status === 'refunded') return this.settle(tx, event, 'already-refunded');
      await tx.update(
        Order,
        { id: order.id },
        { status: 'refunded', refundedAt: new Date(), stripePaymentIntent: current.stripePaymentIntent ?? paymentIntent },
      );
      if (current.status === 'pending') return this.settle(tx, event, 'refunded-before-completion');
      const next = await planAfterRefund(tx, registry, current);
      if (next !== registry.plan) await tx.update(Registry, { id: registry.id }, { plan: next });
      await this.outbox.add(tx, QUEUES.email, 'plan-refunded', { orderId: order.id, plan: next });
      return this.settle(tx, event, 'refunded');
    });
  }

  private async orderFor(orderId: string | null | undefined, paymentIntent: string | null): Promise<Order | null> {
    if (orderId && UUID.test(orderId)) {
      const order = await this.orders.findOneBy({ id: orderId });
      if (order) return order;
    }
    return paymentIntent ? this.orders.findOneBy({ stripePaymentIntent: paymentIntent }) : null;
  }

  private async seen(eventId: string): Promise<boolean> {
    return ((await this.orders.query('SELECT 1 FROM payment_events WHERE id = $1', [eventId])) as unknown[]).length > 0;
  }

  /** Stores the event id; false when another delivery of it got there first (it is then already handled). */
  private async claim(tx: EntityManager, event: Stripe.Event, orderId: string | null, paymentIntent: string | null): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO payment_events (id, type, order_id, payment_intent, outcome) VALUES ($1, $2, $3, $4, 'handling') ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type, orderId, paymentIntent],
    )) as unknown[];
    return rows.length > 0;
  }

  private async settle(tx: EntityManager, event: Stripe.Event, outcome: Outcome): Promise<void> {
    await tx.query('UPDATE payment_events SET outcome = $2 WHERE id = $1', [event.id, outcome]);
  }

  private async recordAlone(event: Stripe.Event, orderId: string | null, paymentIntent: string | null, outcome: Outcome): Promise<void> {
    await this.orders.manager.transaction(async (tx) => {
      if (await this.claim(tx, event, orderId, paymentIntent)) await this.settle(tx, event, outcome);
    });
  }

  private async reject(event: Stripe.Event, order: Order, paymentIntent: string | null, what: string): Promise<void> {
    this.logger.warn(`Stripe event ${event.id} (${event.type}) does not match order ${order.id}: ${what} differs; nothing changed`);
    await this.recordAlone(event, order.id, paymentIntent, `rejected: ${what}`);
  }
}

const idOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

/**
 * The plan a registry goes back to when `refunded` is refunded: the best plan its other paid orders still give,
 * or else the plan it had before its first order (Free, or what an administrator had granted). A registry that
 * is above what this order gave (granted more since) keeps its plan.
 */
async function planAfterRefund(tx: EntityManager, registry: Registry, refunded: Order): Promise<string> {
  if (planRank(registry.plan) > planRank(refunded.plan)) return registry.plan;
  const orders = (await tx.query('SELECT id, plan, status, previous_plan FROM orders WHERE registry_id = $1 ORDER BY created_at, id', [registry.id])) as {
    id: string;
    plan: string;
    status: string;
    previous_plan: string;
  }[];
  const before = orders[0]?.previous_plan ?? refunded.previousPlan;
  const kept = orders.filter((o) => o.id !== refunded.id && o.status === 'paid').map((o) => o.plan);
  return [before, ...kept].reduce((best, plan) => (planRank(plan) > planRank(best) ? plan : best), PLAN_IDS[0]);
}
