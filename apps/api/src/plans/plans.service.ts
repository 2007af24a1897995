import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { PlanDto, PlansDto } from './dto/plan.dto';
import { PLAN_IDS, PLANS, PlanId } from './plans';

@Injectable()
export class PlansService {
  constructor(private readonly config: AppConfig) {}

  /** Prices come from configuration (PLAN_PRICE_STANDARD, PLAN_PRICE_PREMIUM, PLAN_CURRENCY); the limits from the table. */
  price(plan: PlanId): number {
    return plan === 'standard' ? this.config.planPriceStandard : plan === 'premium' ? this.config.planPricePremium : 0;
  }

  list(): PlansDto {
    return {
      plans: PLAN_IDS.map((id) => PlanDto.of(PLANS[id], this.price(id), this.config.planCurrency)),
      defaultPlan: this.config.defaultPlan,
      paymentsEnabled: this.config.stripeSecretKey !== null,
    };
  }
}
