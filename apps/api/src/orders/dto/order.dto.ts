import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Optional } from '../../common/http/dto-helpers';
import type { OrderStatus } from '../order.entity';

const STATUSES = ['pending', 'paid', 'refunded'] as const;
export const ORDERS_MAX_LIMIT = 100;

export class OrdersQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: 'Only orders in this state.' })
  @Optional()
  @IsIn(STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: ORDERS_MAX_LIMIT, default: 50 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ORDERS_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100_000, default: 0, description: 'Orders to skip (newest first).' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset?: number;
}

export class OrderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null once the registry is deleted (the order stays, a record of money).' })
  registryId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ana-and-ben' }) registrySlug!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Ana and Ben' }) registryTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ana@example.com', description: 'Who started the checkout; null once their account is deleted.' })
  buyerEmail!: string | null;
  @ApiProperty({ enum: ['standard', 'premium'] }) plan!: string;
  @ApiProperty({ enum: ['free', 'standard', 'premium'], description: 'The plan the registry had when the order was made.' }) previousPlan!: string;
  @ApiProperty({ type: 'integer', example: 4900, description: 'Minor units of `currency`.' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: STATUSES, description: 'pending until Stripe confirms the payment; refunded after a full refund.' }) status!: OrderStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When an administrator asked Stripe to refund it.' })
  refundRequestedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) refundedAt!: string | null;
}

export class OrdersPageDto {
  @ApiProperty({ type: [OrderDto], description: 'Newest first.' }) orders!: OrderDto[];
  @ApiProperty({ type: 'integer', description: 'Orders matching the filter, all pages.' }) total!: number;
  @ApiProperty({ description: 'Whether this installation takes payments (STRIPE_SECRET_KEY set), so refunds can be made.' }) paymentsEnabled!: boolean;
}
