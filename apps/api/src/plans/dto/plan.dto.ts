import { ApiProperty } from '@nestjs/swagger';
import { PLAN_IDS, PlanDefinition, PlanId } from '../plans';

export class PlanLimitsDto {
  @ApiProperty({ type: 'integer', nullable: true, example: 40, description: 'Gifts on one list; null: no plan limit (the technical cap stays).' })
  items!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2, description: 'How many themes may be used (the first ones listed); null: every theme.' })
  themes!: number | null;
  @ApiProperty() customDomain!: boolean;
  @ApiProperty() guestCards!: boolean;
}

export class PlanDto {
  @ApiProperty({ enum: PLAN_IDS, enumName: 'PlanId' }) id!: PlanId;
  @ApiProperty({ example: 'Standard' }) name!: string;
  @ApiProperty({ type: 'integer', example: 4900, description: 'One-off price per registry, in minor units; 0 for Free.' }) price!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: PlanLimitsDto }) limits!: PlanLimitsDto;

  static of(plan: PlanDefinition, price: number, currency: string): PlanDto {
    return { id: plan.id, name: plan.name, price, currency, limits: { ...plan.limits } };
  }
}

export class PlansDto {
  @ApiProperty({ type: [PlanDto], description: 'Cheapest first.' }) plans!: PlanDto[];
  @ApiProperty({ enum: PLAN_IDS, enumName: 'PlanId', description: 'The plan a new registry starts on.' }) defaultPlan!: PlanId;
  @ApiProperty({ description: 'Whether plans can be bought here (Stripe is set up); if not, an administrator changes plans.' }) paymentsEnabled!: boolean;
}
