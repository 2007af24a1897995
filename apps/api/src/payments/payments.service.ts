import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, msg } from '../common/problem/problem';
import { Order } from '../orders/order.entity';
import { PLANS, planOf, planRank } from '../plans/plans';
import { PlansService } from '../plans/plans.service';
import { RegistriesService } from '../registries/registries.service';
import type { CheckoutDto, PaidPlan } from './dto/checkout.dto';
import { StripeClient } from './stripe-client';

/** A checkout page stays valid for a day at Stripe; within this, a second click reuses the first session. */
const REUSE_SESSION_MS = 60 * 60 * 1000;
/** Checkouts one registry may start per day (each is an order row and a call to Stripe). */
const MAX_CHECKOUTS_PER_DAY = 20;

/** Buying a plan: the order is written first, then Stripe's Checkout Session carries its id; Stripe's events settle it. */
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly registries: RegistriesService,
    private readonly plans: PlansService,
    private readonly stripe: StripeClient,
    private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.stripe.enabled;
  }

  async checkout(registryId: string, userId: string, plan: PaidPlan): Promise<CheckoutDto> {
    const stripe = this.stripe.sdkOrRefuse;
    const registry = await this.registries.findOwned(registryId, userId);
    if (planRank(plan) <= planRank(registry.plan)) {
      throw new ProblemException(409, 'conflict', msg('problems:payments.plan-included', { current: planOf(registry.plan).name, plan: PLANS[plan].name }), {
        plan: planOf(registry.plan).id,
      });
    }
    const amount = this.plans.price(plan);
    const currency = this.config.planCurrency;
    if (amount <= 0) throw new ProblemException(409, 'conflict', msg('problems:payments.no-price', { plan: PLANS[plan].name }));

    const recent = await this.orders.findOne({
      where: {
        registryId,
        plan,
        amount,
        currency,
        status: 'pending',
        checkoutUrl: Not(IsNull()),
        createdAt: MoreThan(new Date(Date.now() - REUSE_SESSION_MS)),
      },
      order: { createdAt: 'DESC' },
    });
    if (recent?.checkoutUrl) return { url: recent.checkoutUrl, orderId: recent.id };
    const today = await this.orders.countBy({ registryId, createdAt: MoreThan(new Date(Date.now() - 86_400_000)) });
    if (today >= MAX_CHECKOUTS_PER_DAY) {
      throw new ProblemException(429, 'too-many-requests', msg('problems:payments.too-many-requests'), {}, { 'retry-after': '3600' });
    }

    const order = await this.orders.save(
      this.orders.create({ registryId, userId, plan, previousPlan: planOf(registry.plan).id, amount, currency, status: 'pending' }),
    );
    const back = `${this.config.publicUrl}/dashboard/registries/${registryId}/plan`;
    const metadata = { orderId: order.id, registryId, plan };
    let session;
    try {
      session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: currency.toLowerCase(),
                unit_amount: amount,
                product_data: { name: `WhisperGifts ${PLANS[plan].name}`, description: `For the gift list “${registry.title}”, once (no subscription).` },
              },
            },
          ],
          client_reference_id: order.id,
          metadata,
          // Copied onto the payment, so a refund's charge names the order too.
          payment_intent_data: { metadata },
          success_url: `${back}?checkout=success`,
          cancel_url: `${back}?checkout=cancelled`,
        },
        { idempotencyKey: `checkout-${order.id}` },
      );
    } catch (error) {
      this.logger.warn(`Stripe refused or did not answer a Checkout Session for order ${order.id}: ${String(error)}`);
      await this.orders.delete({ id: order.id, status: 'pending' });
      throw new ProblemException(503, 'service-unavailable', msg('problems:payments.service-unavailable'), {}, { 'retry-after': '60' });
    }
    if (!session.url) throw new ProblemException(503, 'service-unavailable', msg('problems:payments.service-unavailable-2'));
    await this.orders.update({ id: order.id }, { stripeSessionId: session.id, checkoutUrl: session.url });
    return { url: session.url, orderId: order.id };
  }

  /**
   * Asks Stripe to refund a paid order in full. The plan goes down when Stripe's `charge.refunded` event arrives,
   * the one path for every refund (also those made in Stripe's dashboard).
   */
  async refund(order: Order): Promise<void> {
    const stripe = this.stripe.sdkOrRefuse;
    if (order.status !== 'paid' || !order.stripePaymentIntent) {
      throw new ProblemException(
        409,
        'conflict',
        order.status === 'refunded' ? msg('problems:payments.already-refunded') : msg('problems:payments.never-paid'),
      );
    }
    try {
      await stripe.refunds.create(
        { payment_intent: order.stripePaymentIntent, reason: 'requested_by_customer', metadata: { orderId: order.id } },
        { idempotencyKey: `refund-${order.id}` },
      );
    } catch (error) {
      // Stripe said no (already refunded there, disputed): the administrator should see why, not "try again".
      if (error instanceof Stripe.errors.StripeInvalidRequestError)
        throw new ProblemException(409, 'conflict', msg('problems:payments.refund-refused', { reason: error.message }));
      this.logger.warn(`Stripe refused or did not answer a refund of order ${order.id}: ${String(error)}`);
      throw new ProblemException(503, 'service-unavailable', msg('problems:payments.service-unavailable-3'), {}, { 'retry-after': '60' });
    }
    await this.orders.update({ id: order.id }, { refundRequestedAt: new Date() });
  }
}
