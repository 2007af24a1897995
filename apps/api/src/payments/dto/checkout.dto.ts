import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

const PAID_PLANS = ['standard', 'premium'] as const;
export type PaidPlan = (typeof PAID_PLANS)[number];

export class CheckoutRequestDto {
  @ApiProperty({ enum: PAID_PLANS, example: 'standard', description: 'The plan to buy; it must be above the registry’s current plan.' })
  @IsIn(PAID_PLANS)
  plan!: PaidPlan;
}

export class CheckoutDto {
  @ApiProperty({ example: 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3', description: 'Stripe Checkout’s payment page: send the browser there.' })
  url!: string;
  @ApiProperty({ format: 'uuid', description: 'The order this checkout settles.' })
  orderId!: string;
}

export class WebhookReceivedDto {
  @ApiProperty({ example: true }) received!: boolean;
}
