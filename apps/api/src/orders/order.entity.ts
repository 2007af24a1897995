import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OrderStatus = 'pending' | 'paid' | 'refunded';

/** A plan bought for one registry through Stripe Checkout: written before the session, settled by Stripe's events. */
@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id', nullable: true }) registryId!: string | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text') plan!: string;
  @Column('text', { name: 'previous_plan' }) previousPlan!: string;
  /** Minor units of `currency`, as the Checkout Session was asked to charge. */
  @Column('integer') amount!: number;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text') status!: OrderStatus;
  @Column('text', { name: 'stripe_session_id', nullable: true }) stripeSessionId!: string | null;
  @Column('text', { name: 'checkout_url', nullable: true }) checkoutUrl!: string | null;
  @Column('text', { name: 'stripe_payment_intent', nullable: true }) stripePaymentIntent!: string | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt!: Date | null;
  @Column('timestamptz', { name: 'refund_requested_at', nullable: true }) refundRequestedAt!: Date | null;
  @Column('timestamptz', { name: 'refunded_at', nullable: true }) refundedAt!: Date | null;
}
