import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDataModule } from './account-data/account-data.module';
import { AccountsModule } from './accounts/accounts.module';
import { CachingModule } from './caching/caching.module';
import { DemoModule } from './demo/demo.module';
import { OutboxModule } from './outbox/outbox.module';
import { QueuesModule } from './queues/queues.module';
import { CommonModule } from './common/common.module';
import { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { RedisModule } from './common/redis/redis.module';
import { dataSourceOptions } from './database/data-source-options';
import { QueryCounter } from './database/query-counter';
import { GiftListModule } from './gift-list/gift-list.module';
import { HealthModule } from './health/health.module';
import { ImagesModule } from './images/images.module';
import { ItemsModule } from './items/items.module';
import { LiveUpdatesModule } from './live-updates/live-updates.module';
import { MetricsModule } from './metrics/metrics.module';
import { AdminModule } from './admin/admin.module';
import { RegistriesModule } from './registries/registries.module';
import { ReservationsModule } from './reservations/reservations.module';
import { PledgesModule } from './pledges/pledges.module';
import { TrackerModule } from './tracker/tracker.module';
import { GuestsModule } from './guests/guests.module';
import { RemindersModule } from './reminders/reminders.module';
import { RegistrySearchModule } from './registry-search/registry-search.module';
import { PlansModule } from './plans/plans.module';
import { ObservabilityModule } from './observability/observability.module';
import { LinkPreviewsModule } from './link-previews/link-previews.module';
import { PaymentsModule } from './payments/payments.module';
import { OrdersModule } from './orders/orders.module';
import { CustomDomainsModule } from './custom-domains/custom-domains.module';
import { GuestCardsModule } from './guest-cards/guest-cards.module';
import { ShopLinksModule } from './shop-links/shop-links.module';
import { ItemImportsModule } from './item-imports/item-imports.module';
import { StarterIdeasModule } from './starter-ideas/starter-ideas.module';
import { LinkHealthModule } from './link-health/link-health.module';

@Module({})
export class AppModule {
  /** The whole API, wired to the given configuration. `queryCounter` lets tests and benchmarks count SQL. */
  static forRoot(config: AppConfig, queryCounter = new QueryCounter()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.databasePoolSize, queryCounter)),
        RedisModule,
        CommonModule,
        CachingModule,
        QueuesModule,
        OutboxModule,
        HealthModule,
        AccountsModule,
        RegistriesModule,
        ItemsModule,
        ImagesModule,
        ReservationsModule,
        PledgesModule,
        TrackerModule,
        GuestsModule,
        GiftListModule,
        RegistrySearchModule,
        PlansModule,
        LinkPreviewsModule,
        DemoModule,
        LiveUpdatesModule,
        MetricsModule,
        AdminModule,
        AccountDataModule,
        RemindersModule,
        ObservabilityModule.forRoot('api'),
        PaymentsModule,
        OrdersModule,
        CustomDomainsModule,
        GuestCardsModule,
        ShopLinksModule,
        ItemImportsModule,
        StarterIdeasModule,
        LinkHealthModule,
      ],
    };
  }
}
