import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '../common/problem/problem';
import { PaymentsService } from '../payments/payments.service';
import { AdminAuditService } from '../admin/admin-audit.service';
import { OrderDto, OrdersPageDto, OrdersQuery } from './dto/order.dto';
import { Order } from './order.entity';

interface OrderRow {
  id: string;
  registry_id: string | null;
  slug: string | null;
  title: string | null;
  email: string | null;
  plan: string;
  previous_plan: string;
  amount: number;
  currency: string;
  status: Order['status'];
  created_at: Date;
  paid_at: Date | null;
  refund_requested_at: Date | null;
  refunded_at: Date | null;
  total: number;
}

const COLUMNS = `o.id, o.registry_id, r.slug, r.title, u.email, o.plan, o.previous_plan, o.amount, o.currency, o.status,
  o.created_at, o.paid_at, o.refund_requested_at, o.refunded_at`;
const JOINED = 'orders o LEFT JOIN registries r ON r.id = o.registry_id LEFT JOIN users u ON u.id = o.user_id';

/** Orders for administrators: the list, and a full refund through Stripe. */
@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly payments: PaymentsService,
    private readonly audit: AdminAuditService,
  ) {}

  async list({ status, limit = 50, offset = 0 }: OrdersQuery): Promise<OrdersPageDto> {
    const rows = (await this.orders.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM ${JOINED}
        WHERE $1::text IS NULL OR o.status = $1
        ORDER BY o.created_at DESC, o.id DESC LIMIT $2 OFFSET $3`,
      [status ?? null, limit, offset],
    )) as OrderRow[];
    const total = rows[0]?.total ?? (offset ? await this.count(status) : 0);
    return { orders: rows.map(present), total, paymentsEnabled: this.payments.enabled };
  }

  async refund(orderId: string, actorUserId: string): Promise<OrderDto> {
    const order = await this.orders.findOneBy({ id: orderId });
    if (!order) throw notFound('order');
    await this.payments.refund(order);
    // Stripe has taken the refund; the plan goes down with its charge.refunded event (the webhook).
    await this.orders.manager.transaction((tx) =>
      this.audit.record(tx, actorUserId, { type: 'order', id: order.id }, [
        {
          action: 'order.refund',
          before: { status: order.status, plan: order.plan, amount: order.amount, currency: order.currency },
          after: { status: order.status, refundRequested: true },
        },
      ]),
    );
    const [row] = (await this.orders.query(`SELECT ${COLUMNS}, 1 AS total FROM ${JOINED} WHERE o.id = $1`, [order.id])) as OrderRow[];
    return present(row);
  }

  private count(status: string | undefined): Promise<number> {
    return this.orders.count({ where: status ? { status: status as Order['status'] } : {} });
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function present(row: OrderRow): OrderDto {
  return {
    id: row.id,
    registryId: row.registry_id,
    registrySlug: row.slug,
    registryTitle: row.title,
    buyerEmail: row.email,
    plan: row.plan,
    previousPlan: row.previous_plan,
    amount: row.amount,
    currency: row.currency.trim(),
    status: row.status,
    createdAt: row.created_at.toISOString(),
    paidAt: iso(row.paid_at),
    refundRequestedAt: iso(row.refund_requested_at),
    refundedAt: iso(row.refunded_at),
  };
}
