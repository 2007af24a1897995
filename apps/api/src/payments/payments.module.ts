import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../common/config/app-config';
import { Order } from '../orders/order.entity';
import { PlansModule } from '../plans/plans.module';
import { RegistriesModule } from '../registries/registries.module';
import { CheckoutController } from './checkout.controller';
import { PaymentsService } from './payments.service';
import { StripeClient } from './stripe-client';
import { StripeWebhookController } from './stripe-webhook.controller';
import { StripeWebhooks } from './stripe-webhooks.service';

/** Plans bought with Stripe (issue 16): checkout, and Stripe's events that settle it. */
@Module({
  imports: [TypeOrmModule.forFeature([Order]), RegistriesModule, PlansModule],
  controllers: [CheckoutController, StripeWebhookController],
  providers: [
    PaymentsService,
    StripeWebhooks,
    { provide: StripeClient, useFactory: (config: AppConfig) => StripeClient.fromConfig(config), inject: [AppConfig] },
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}
